"""Heartbeat, telemetry and remote configuration."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from spaziocitta.backend.models import TelemetryRow

HEARTBEAT = {
    "app_version": "0.9.0",
    "content_version": "2026.11-demo.1",
    "outbox_depth": 3,
    "oldest_outbox_age_s": 42.5,
    "uptime_s": 3600,
    "devices": {"printer": {"adapter": "escpos", "ok": False, "detail": "paper low"}},
    "faults": ["printer: paper low"],
}


def test_heartbeat_is_recorded_and_answers_the_config_version(client, auth, admin) -> None:  # type: ignore[no-untyped-def]
    ack = client.post("/api/v1/heartbeat", json=HEARTBEAT, headers=auth)
    assert ack.status_code == 200
    assert ack.json()["config_version"] == 1
    assert datetime.fromisoformat(ack.json()["server_time"]).tzinfo is not None
    fleet = client.get("/api/v1/admin/heartbeats", headers=admin).json()
    demo = next(t for t in fleet if t["totem_id"] == "demo-totem-01")
    assert demo["last_heartbeat"]["outbox_depth"] == 3
    assert demo["last_heartbeat"]["devices"]["printer"]["ok"] is False
    assert demo["last_seen_at"] is not None


def test_remote_configuration_change_reaches_the_totem(client, auth, admin) -> None:  # type: ignore[no-untyped-def]
    config = client.get("/api/v1/config", headers=auth).json()
    assert config == {
        "version": 1,
        "heartbeat_seconds": 300,
        "content_check_seconds": 3600,
        "inactivity_seconds": None,
        "out_of_service": False,
        "update_window": "",
    }
    changed = client.patch(
        "/api/v1/admin/totems/demo-totem-01/config",
        json={"out_of_service": True, "heartbeat_seconds": 60},
        headers=admin,
    )
    assert changed.status_code == 200
    assert changed.json()["version"] == 2
    assert (
        client.post("/api/v1/heartbeat", json=HEARTBEAT, headers=auth).json()["config_version"] == 2
    )
    now = client.get("/api/v1/config", headers=auth).json()
    assert now["out_of_service"] is True
    assert now["heartbeat_seconds"] == 60
    bad = client.patch(
        "/api/v1/admin/totems/demo-totem-01/config", json={"heartbeat_seconds": 1}, headers=admin
    )
    assert bad.status_code == 422
    window = client.patch(
        "/api/v1/admin/totems/demo-totem-01/config",
        json={"update_window": "02:00-05:00"},
        headers=admin,
    )
    assert window.status_code == 200 and window.json()["update_window"] == "02:00-05:00"
    for nonsense in ("25:00-05:00", "at night", "02:00"):
        refused = client.patch(
            "/api/v1/admin/totems/demo-totem-01/config",
            json={"update_window": nonsense},
            headers=admin,
        )
        assert refused.status_code == 422, nonsense
    cleared = client.patch(
        "/api/v1/admin/totems/demo-totem-01/config", json={"update_window": ""}, headers=admin
    )
    assert cleared.json()["update_window"] == ""
    missing = client.patch("/api/v1/admin/totems/nobody-here/config", json={}, headers=admin)
    assert missing.status_code == 404


def test_telemetry_batch(app, client, auth) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2026, 11, 21, 8, 0, tzinfo=UTC).isoformat()
    batch = {
        "events": [
            {"at": at, "kind": "fault", "name": "printer.paper_out", "severity": "error"},
            {"at": at, "kind": "event", "name": "content.updated", "data": {"version": "x"}},
        ]
    }
    response = client.post("/api/v1/telemetry", json=batch, headers=auth)
    assert response.status_code == 202
    assert response.json() == {"accepted": 2}
    with app.state.sessions() as session:
        names = set(session.scalars(select(TelemetryRow.name)))
    assert names == {"printer.paper_out", "content.updated"}
    empty = client.post("/api/v1/telemetry", json={"events": []}, headers=auth)
    assert empty.status_code == 422
