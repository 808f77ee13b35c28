"""Fleet updates on the maintenance screen: what is installed and available, and "install now".

The kiosk runs as an unprivileged user and cannot install anything: the button
writes the request file that the updater's systemd path unit waits for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spaziocitta.kiosk.config import KioskConfig, parse_config
from spaziocitta.kiosk.updates.commands import REQUEST_FILE
from spaziocitta.kiosk.updates.update_journal import UpdateJournal
from spaziocitta.ui.harness import KioskHarness

from .conftest import TEST_CONFIG, wait_for
from .test_maintenance import enter


@pytest.fixture
def kiosk_config(tmp_path: Path) -> KioskConfig:
    app_root = tmp_path / "opt"
    (app_root / "1.4.0").mkdir(parents=True)
    (app_root / "current").symlink_to("1.4.0")
    updates = {"repository_url": "https://aggiornamenti.example.it", "app_root": str(app_root)}
    return parse_config({**TEST_CONFIG, "updates": updates})


def test_the_update_status_and_a_request_to_install_now(kiosk: KioskHarness) -> None:
    journal = UpdateJournal(kiosk.core.paths.root / "updates" / "state.json")
    state = journal.load()
    state.available = {"version": "1.5.0", "target": "app/spaziocitta-kiosk-1.5.0.tar.gz"}
    journal.report(state, "update.refused.expired", "metadati scaduti", severity="error")
    enter(kiosk)
    wait_for(kiosk, lambda: "1.5.0" in kiosk.find("statusUpdates").property("text"))
    line = kiosk.find("statusUpdates").property("text")
    assert "1.4.0" in line and "1.5.0" in line
    assert kiosk.find("statusLastUpdate").property("text").endswith("metadati scaduti")
    button = kiosk.find("actionApplyUpdate")
    assert "1.5.0" in button.property("text")
    request = kiosk.core.paths.root / REQUEST_FILE
    assert not request.exists()
    kiosk.tap(button)
    wait_for(kiosk, request.exists)
    wait_for(kiosk, lambda: "riavvia" in kiosk.shell.maintenance.property("message"))
    audited = [(r["event"], r["detail"]) for r in kiosk.shell.maintenance.audit.rows()]
    assert any(e == "action" and "apply_update" in d for e, d in audited), audited
