"""The admin listings (JSON) and page (HTML)."""

from __future__ import annotations

from .conftest import ADMIN_TOKEN, key, submission
from .test_open311 import _report


def test_listings_show_what_the_fleet_sent(client, auth, admin) -> None:  # type: ignore[no-untyped-def]
    ack = client.post("/api/v1/submissions", json=submission(), headers={**auth, **key()}).json()
    client.post("/open311/v2/requests.json", data=_report())
    notice = client.get(
        "/api/v1/pagopa/notices/320260000000016",
        params={"payee": "00199900010"},
        headers=auth,
    )
    assert notice.status_code == 422  # not 18 digits
    subs = client.get("/api/v1/admin/submissions", headers=admin).json()
    assert subs[0]["protocol_number"] == ack["protocol_number"]
    assert subs[0]["answers"]["nome"] == "Maria"
    reports = client.get("/api/v1/admin/reports", headers=admin).json()
    assert reports[0]["contact"]["email"] == "mario.rossi@example.org"
    assert reports[0]["attributes"] == {"tipo": "buca", "pericolo": "si"}
    assert client.get("/api/v1/admin/payments", headers=admin).json() == []
    assert client.get("/api/v1/admin/submissions?limit=0", headers=admin).status_code == 422


def test_admin_page_is_plain_html(client, auth) -> None:  # type: ignore[no-untyped-def]
    client.post(
        "/api/v1/submissions",
        json=submission(answers={"nome": "<script>x</script>"}),
        headers={**auth, **key()},
    )
    page = client.get("/admin", auth=("admin", ADMIN_TOKEN))
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "<script" not in text
    assert "demo-totem-01" in text
    assert "PG-" in text
