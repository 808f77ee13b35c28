"""Errors as RFC 9457 problem details, using the contract's Problem model.

Every error of API v1 leaves as ``application/problem+json``; Open311 paths
answer in GeoReport v2's own error format (a list of code/description), so
existing Open311 tools understand them.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from spaziocitta.kiosk.contract.models import (
    OPEN311_PREFIX,
    PROBLEM_MEDIA_TYPE,
    Open311Error,
    Problem,
    ProblemType,
    ValidationIssue,
)

log = logging.getLogger(__name__)


class ProblemError(Exception):
    """Raised by a handler to answer with a problem; carries what the answer says."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        type: str = "about:blank",
        title: str | None = None,
        headers: dict[str, str] | None = None,
        errors: list[ValidationIssue] | None = None,
    ) -> None:
        super().__init__(detail or title or str(status))
        self.status = status
        self.detail = detail
        self.type = type
        self.title = title or HTTPStatus(status).phrase
        self.headers = headers or {}
        self.errors = errors

    def problem(self, instance: str | None = None) -> Problem:
        """The Problem body of this error."""
        return Problem(
            type=self.type,
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            errors=self.errors,
        )


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSONResponse of ``problem`` with the problem+json media type."""
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _open311_error(status: int, description: str) -> JSONResponse:
    body = [Open311Error(code=status, description=description).model_dump()]
    return JSONResponse(body, status_code=status)


def _is_open311(request: Request) -> bool:
    return request.url.path.startswith(OPEN311_PREFIX)


def _issues(exc: RequestValidationError) -> list[ValidationIssue]:
    issues = []
    for error in exc.errors():
        path = ".".join(str(part) for part in error.get("loc", ()))
        issues.append(ValidationIssue(path=path or "$", message=str(error.get("msg", ""))))
    return issues


def install_handlers(app: FastAPI) -> None:
    """Route every error (ours, FastAPI's validation, Starlette's 404/405) to a problem."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        if _is_open311(request):
            return _open311_error(exc.status, exc.detail or exc.title)
        return problem_response(exc.problem(request.url.path), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        issues = _issues(exc)
        if _is_open311(request):
            text = "; ".join(f"{i.path}: {i.message}" for i in issues)
            return _open311_error(400, text or "invalid request")
        return problem_response(
            Problem(
                type=ProblemType.INVALID_REQUEST,
                title="Invalid request",
                status=422,
                detail="The request does not satisfy the contract; see errors.",
                instance=request.url.path,
                errors=issues,
            )
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        detail = exc.detail if isinstance(exc.detail, str) else None
        if _is_open311(request):
            return _open311_error(exc.status_code, detail or HTTPStatus(exc.status_code).phrase)
        problem_type = ProblemType.NOT_FOUND if exc.status_code == 404 else "about:blank"
        return problem_response(
            Problem(
                type=problem_type,
                title=HTTPStatus(exc.status_code).phrase,
                status=exc.status_code,
                detail=detail,
                instance=request.url.path,
            ),
            headers,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Logged with the traceback here; the totem only learns that it may retry.
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        if _is_open311(request):
            return _open311_error(500, "internal error")
        return problem_response(
            Problem(title="Internal Server Error", status=500, instance=request.url.path)
        )


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses (media type fixed in openapi.py)."""
    return {
        status: {"model": Problem, "description": HTTPStatus(status).phrase} for status in statuses
    }


def open311_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries of GeoReport v2 errors."""
    return {
        status: {"model": list[Open311Error], "description": HTTPStatus(status).phrase}
        for status in statuses
    }
