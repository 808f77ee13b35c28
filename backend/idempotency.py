"""Idempotency-Key handling (IETF draft-ietf-httpapi-idempotency-key-header).

A totem's outbox sends at-least-once, so the backend must make a retry
harmless. For each (totem, key) the first request's fingerprint (sha256 of
method, path and canonical JSON body) is stored with a state:

- a new key: the row is inserted *in_progress* and committed before any work,
  so that a concurrent retry sees it (the unique constraint decides races);
- the work and the stored answer are committed in one transaction, so an
  answer is stored exactly when the effect happened;
- same key, same fingerprint, done → the stored answer again, with
  ``Idempotent-Replayed: true``; different fingerprint → 422; still
  in progress → 409 (an abandoned in-progress row, older than
  ``stale_after`` seconds, is taken over by the retry).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from spaziocitta.kiosk.contract.models import (
    IDEMPOTENCY_KEY_HEADER,
    IDEMPOTENT_REPLAYED_HEADER,
    PROBLEM_MEDIA_TYPE,
    ProblemType,
)

from .db import as_utc, utcnow
from .models import IdempotencyRecord
from .problems import ProblemError

IN_PROGRESS, DONE = "in_progress", "done"
MAX_KEY_LENGTH = 255

Handler = Callable[[Session], tuple[int, BaseModel | list[BaseModel]]]
"""Does the work in the given session (without committing) and returns the answer."""


def _json_body(answer: BaseModel | list[BaseModel]) -> Any:
    if isinstance(answer, list):
        return [item.model_dump(mode="json") for item in answer]
    return answer.model_dump(mode="json")


def fingerprint(method: str, path: str, body: Any) -> str:
    """sha256 of the request: the same payload in any key order gives the same print."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{method.upper()} {path}\n{canonical}".encode()).hexdigest()


def _replay(record: IdempotencyRecord) -> JSONResponse:
    return JSONResponse(
        json.loads(record.response_body or "null"),
        status_code=record.status_code or 200,
        media_type=record.content_type or "application/json",
        headers={IDEMPOTENT_REPLAYED_HEADER: "true"},
    )


class IdempotentExecutor:
    """Runs a handler at most once per (totem, Idempotency-Key)."""

    def __init__(self, sessions: sessionmaker[Session], stale_after: float = 120.0) -> None:
        self._sessions = sessions
        self._stale_after = timedelta(seconds=stale_after)

    def run(
        self, totem_id: str, key: str | None, request_print: str, handler: Handler
    ) -> JSONResponse:
        """The handler's answer, or the stored one, or a 409/422 problem."""
        key = self._check_key(key)
        claimed = self._claim(totem_id, key, request_print)
        if isinstance(claimed, JSONResponse):
            return claimed
        return self._execute(claimed, handler)

    @staticmethod
    def _check_key(key: str | None) -> str:
        if key is None or not key.strip():
            raise ProblemError(
                400,
                f"This request needs an {IDEMPOTENCY_KEY_HEADER} header.",
                type=ProblemType.IDEMPOTENCY_KEY_MISSING,
            )
        if len(key) > MAX_KEY_LENGTH:
            raise ProblemError(
                400,
                f"{IDEMPOTENCY_KEY_HEADER} is longer than {MAX_KEY_LENGTH} characters.",
                type=ProblemType.IDEMPOTENCY_KEY_MISSING,
            )
        return key

    def _claim(self, totem_id: str, key: str, request_print: str) -> int | JSONResponse:
        """Insert the in-progress row (→ its id), or decide from the existing one."""
        with self._sessions() as session:
            record = IdempotencyRecord(
                totem_id=totem_id, key=key, fingerprint=request_print, state=IN_PROGRESS
            )
            session.add(record)
            try:
                session.commit()
                return record.id
            except IntegrityError:
                session.rollback()
            existing = session.scalar(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.totem_id == totem_id, IdempotencyRecord.key == key
                )
            )
            if existing is None:  # deleted after a failure in between: claim again
                return self._claim(totem_id, key, request_print)
            if existing.fingerprint != request_print:
                raise ProblemError(
                    422,
                    f"This {IDEMPOTENCY_KEY_HEADER} was used for a different request.",
                    type=ProblemType.IDEMPOTENCY_KEY_REUSED,
                )
            if existing.state == DONE:
                return _replay(existing)
            if as_utc(existing.updated_at) > utcnow() - self._stale_after:
                raise ProblemError(
                    409,
                    "A request with this key is still being processed; retry later.",
                    type=ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    headers={"Retry-After": "2"},
                )
            # Abandoned (the server died mid-request, and its transaction with it):
            # take it over, atomically, so that only one retry does.
            taken = session.execute(
                update(IdempotencyRecord)
                .where(
                    IdempotencyRecord.id == existing.id,
                    IdempotencyRecord.state == IN_PROGRESS,
                    IdempotencyRecord.updated_at == existing.updated_at,
                )
                .values(updated_at=utcnow())
            )
            session.commit()
            if taken.rowcount != 1:  # type: ignore[attr-defined]
                raise ProblemError(
                    409,
                    "A request with this key is still being processed; retry later.",
                    type=ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    headers={"Retry-After": "2"},
                )
            return existing.id

    def _execute(self, record_id: int, handler: Handler) -> JSONResponse:
        try:
            with self._sessions() as session:
                try:
                    status, answer = handler(session)
                    body = _json_body(answer)
                    media_type = "application/json"
                except ProblemError as problem:
                    # A refusal is the answer to this request too: replay it the same.
                    session.rollback()
                    status = problem.status
                    body = problem.problem().model_dump(mode="json", exclude_none=True)
                    media_type = PROBLEM_MEDIA_TYPE
                session.execute(
                    update(IdempotencyRecord)
                    .where(IdempotencyRecord.id == record_id)
                    .values(
                        state=DONE,
                        status_code=status,
                        response_body=json.dumps(body, ensure_ascii=False),
                        content_type=media_type,
                        updated_at=utcnow(),
                    )
                )
                session.commit()
        except Exception:
            # Nothing happened (the transaction rolled back): free the key for a retry.
            self._release(record_id)
            raise
        return JSONResponse(body, status_code=status, media_type=media_type)

    def _release(self, record_id: int) -> None:
        with self._sessions() as session:
            session.query(IdempotencyRecord).filter(
                IdempotencyRecord.id == record_id, IdempotencyRecord.state == IN_PROGRESS
            ).delete()
            session.commit()
