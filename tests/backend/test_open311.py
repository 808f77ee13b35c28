"""Open311 GeoReport v2: services, definitions, form-encoded POST requests.json, listing."""

from __future__ import annotations

from .conftest import DEMO_SECRET

API_KEY = f"demo-totem-01.{DEMO_SECRET}"


def _report(**overrides: str) -> dict[str, str]:
    form = {
        "api_key": API_KEY,
        "service_code": "segnalazione-buche-strade",
        "lat": "45.0712",
        "long": "7.6801",
        "description": "Buca profonda davanti al civico 12",
        "attribute[tipo]": "buca",
        "attribute[pericolo]": "si",
        "email": "mario.rossi@example.org",
        "first_name": "Mario",
    }
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


def test_services_and_definitions(client) -> None:  # type: ignore[no-untyped-def]
    services = client.get("/open311/v2/services.json").json()
    codes = [s["service_code"] for s in services]
    assert "segnalazione-buche-strade" in codes
    assert len(codes) == 5
    first = services[0]
    assert {"service_code", "service_name", "metadata", "type", "group", "keywords"} <= set(first)
    definition = client.get("/open311/v2/services/segnalazione-buche-strade.json").json()
    assert definition["service_code"] == "segnalazione-buche-strade"
    assert [a["code"] for a in definition["attributes"]] == ["tipo", "pericolo"]
    assert definition["attributes"][0]["datatype"] == "singlevaluelist"
    missing = client.get("/open311/v2/services/nothing.json")
    assert missing.status_code == 404
    assert missing.json() == [{"code": 404, "description": "service_code 'nothing' not found"}]
    assert client.get("/open311/v2/services.json?jurisdiction_id=borgo").status_code == 200


def test_post_a_report_form_encoded(client) -> None:  # type: ignore[no-untyped-def]
    created = client.post("/open311/v2/requests.json", data=_report())
    assert created.status_code == 201, created.text
    [answer] = created.json()
    request_id = answer["service_request_id"]
    assert request_id.startswith("SR-")
    listed = client.get("/open311/v2/requests.json").json()
    assert listed[0]["service_request_id"] == request_id
    assert listed[0]["status"] == "open"
    assert listed[0]["service_name"].startswith("Segnala buche")
    assert "email" not in listed[0]  # the public listing has no contact details
    one = client.get(f"/open311/v2/requests/{request_id}.json").json()
    assert one[0]["description"] == "Buca profonda davanti al civico 12"
    assert client.get("/open311/v2/requests/SR-999999.json").status_code == 404
    by_code = client.get(
        "/open311/v2/requests.json",
        params={"service_code": "segnalazione-illuminazione", "status": "open"},
    ).json()
    assert by_code == []
    by_id = client.get("/open311/v2/requests.json", params={"service_request_id": request_id})
    assert len(by_id.json()) == 1


def test_multivalue_and_address_and_header_auth(client, auth) -> None:  # type: ignore[no-untyped-def]
    form = _report(
        api_key=None,  # type: ignore[arg-type]
        lat=None,  # type: ignore[arg-type]
        long=None,  # type: ignore[arg-type]
        service_code="segnalazione-illuminazione",
        address_string="Via Roma 3, Borgo Esempio",
    )
    del form["attribute[tipo]"], form["attribute[pericolo]"]
    form["attribute[guasto]"] = "spento"
    response = client.post("/open311/v2/requests.json", data=form, headers=auth)
    assert response.status_code == 201, response.text


def test_errors_in_georeport_format(client) -> None:  # type: ignore[no-untyped-def]
    def post(**overrides: str):  # type: ignore[no-untyped-def]
        return client.post("/open311/v2/requests.json", data=_report(**overrides))

    too_long = post(description="x" * 4001)
    assert too_long.status_code == 400
    assert too_long.json()[0]["code"] == 400
    assert "description" in too_long.json()[0]["description"]
    assert post(description="x" * 4000).status_code == 201
    assert post(api_key="demo-totem-01.wrong").status_code == 403
    assert post(service_code="nothing").status_code == 400
    assert post(**{"attribute[tipo]": "volcano"}).status_code == 400
    assert post(**{"attribute[unknown]": "x"}).status_code == 400
    assert post(**{"attribute[pericolo]": ""}).status_code == 400  # required
    assert post(lat=None, long=None).status_code == 400  # type: ignore[arg-type]
    assert post(long=None).status_code == 400  # type: ignore[arg-type]
    assert post(lat="95").status_code == 400


def test_an_idempotency_key_makes_a_resent_report_harmless(client) -> None:  # type: ignore[no-untyped-def]
    headers = {"Idempotency-Key": "report-1"}
    first = client.post("/open311/v2/requests.json", data=_report(), headers=headers)
    again = client.post("/open311/v2/requests.json", data=_report(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert len(client.get("/open311/v2/requests.json").json()) == 1
