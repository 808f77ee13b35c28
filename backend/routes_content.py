"""Content pack routes: what version is published, and the pack itself with ETag/304."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response

from spaziocitta.kiosk.contract.models import ContentInfo

from .auth import TotemDep
from .content import PublishedPack, etag_matches
from .problems import problems

router = APIRouter(prefix="/content", tags=["content"])


def _pack(request: Request) -> PublishedPack:
    return request.app.state.pack


@router.get("/info", response_model=ContentInfo, responses=problems(401))
def content_info(request: Request, _totem: TotemDep) -> ContentInfo:
    """The published pack's version, sha256 and size: cheap to poll."""
    pack = _pack(request)
    return ContentInfo(version=pack.version, sha256=pack.sha256, size=len(pack.raw))


@router.get(
    "/pack",
    response_class=Response,
    responses={
        200: {
            "description": "The pack.json of format spaziocitta.content/1 "
            "(schema: kiosk/catalog/pack.schema.json).",
            "content": {"application/json": {"schema": {"type": "object"}}},
            "headers": {
                "ETag": {"description": "sha256 of the body, quoted", "schema": {"type": "string"}},
                "Content-Version": {
                    "description": "the pack's version",
                    "schema": {"type": "string"},
                },
            },
        },
        304: {"description": "The totem already has this pack (If-None-Match matched)."},
        **problems(401),
    },
)
def content_pack(
    request: Request,
    _totem: TotemDep,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    """The pack itself; send the ETag you have in If-None-Match to get 304 when unchanged."""
    pack = _pack(request)
    headers = {
        "ETag": pack.etag,
        "Content-Version": pack.version,
        "Cache-Control": "no-cache",
    }
    if etag_matches(if_none_match, pack.etag):
        return Response(status_code=304, headers=headers)
    return Response(pack.raw, media_type="application/json", headers=headers)
