"""The public page a citizen reaches from the QR code on a totem's receipt.

It says whether the municipality has received the request and its protocol
number, nothing more: anyone holding the receipt number may look, so no
answer, name or code the citizen entered is ever shown. Italian first, then
English, as on the municipality's other public pages.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from .auth import SessionDep
from .models import SubmissionRow

router = APIRouter()

Receipt = Annotated[str, Path(min_length=3, max_length=40, pattern=r"^[A-Za-z0-9-]+$")]

_PAGE = """<!doctype html>
<html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ricevuta {receipt}</title>
<style>body{{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;
line-height:1.5}}h1{{font-size:1.4rem}}.en{{color:#444}}</style></head>
<body><h1>Ricevuta {receipt}</h1>{body}</body></html>
"""


@router.get("/track/{receipt}", response_class=HTMLResponse, include_in_schema=False)
def track(receipt: Receipt, session: SessionDep) -> HTMLResponse:
    """Whether the request with this receipt number arrived, and its protocol number."""
    row = session.scalar(
        select(SubmissionRow).where(SubmissionRow.local_receipt == receipt).limit(1)
    )
    if row is None:
        body = (
            "<p>La richiesta non è ancora arrivata al Comune. Se l'hai fatta da poco a un "
            "totem, è in viaggio: riprova più tardi.</p>"
            '<p class="en">The request has not reached the municipality yet. If you made it '
            "at a totem recently, it is on its way: please try again later.</p>"
        )
        return HTMLResponse(_PAGE.format(receipt=html.escape(receipt), body=body), 404)
    received = row.received_at.strftime("%d/%m/%Y %H:%M")
    protocol = html.escape(row.protocol_number or "")
    body = (
        f"<p>Ricevuta dal Comune il {received} UTC. Numero di protocollo: "
        f"<strong>{protocol}</strong>.</p>"
        f'<p class="en">Received by the municipality on {received} UTC. Protocol number: '
        f"<strong>{protocol}</strong>.</p>"
    )
    return HTMLResponse(_PAGE.format(receipt=html.escape(receipt), body=body))
