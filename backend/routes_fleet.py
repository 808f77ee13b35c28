"""The fleet: heartbeats, telemetry (faults and events) and remote configuration."""

from __future__ import annotations

from fastapi import APIRouter

from spaziocitta.kiosk.contract.models import (
    Heartbeat,
    HeartbeatAck,
    RemoteConfig,
    TelemetryAck,
    TelemetryBatch,
)

from .auth import SessionDep, TotemDep
from .db import utcnow
from .models import TelemetryRow, Totem
from .problems import problems

router = APIRouter(tags=["fleet"])


def remote_config(totem: Totem) -> RemoteConfig:
    """The totem's remote configuration: its stored fields over the defaults."""
    return RemoteConfig(version=totem.config_version, **(totem.config or {}))


@router.post("/heartbeat", response_model=HeartbeatAck, responses=problems(401, 422))
def heartbeat(session: SessionDep, totem: TotemDep, beat: Heartbeat) -> HeartbeatAck:
    """Record the totem's state; answer the time and the configuration version to have."""
    row = session.get(Totem, totem.id)
    assert row is not None  # authenticated a moment ago
    now = utcnow()
    row.last_seen_at = now
    row.last_heartbeat = beat.model_dump(mode="json")
    session.commit()
    return HeartbeatAck(server_time=now, config_version=row.config_version)


@router.post(
    "/telemetry", status_code=202, response_model=TelemetryAck, responses=problems(401, 422)
)
def telemetry(session: SessionDep, totem: TotemDep, batch: TelemetryBatch) -> TelemetryAck:
    """Store a batch of faults and events (at-least-once: a resent batch is stored again)."""
    now = utcnow()
    session.add_all(
        TelemetryRow(
            totem_id=totem.id,
            received_at=now,
            at=event.at,
            kind=event.kind,
            name=event.name,
            severity=event.severity,
            detail=event.detail,
            data=dict(event.data),
        )
        for event in batch.events
    )
    session.commit()
    return TelemetryAck(accepted=len(batch.events))


@router.get("/config", response_model=RemoteConfig, responses=problems(401))
def get_config(session: SessionDep, totem: TotemDep) -> RemoteConfig:
    """The remote configuration; the totem applies it between sessions."""
    row = session.get(Totem, totem.id)
    assert row is not None
    return remote_config(row)
