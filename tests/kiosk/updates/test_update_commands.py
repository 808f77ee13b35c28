"""``kiosk release …`` and ``kiosk update …`` as a publisher and a technician type them."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from spaziocitta.kiosk.cli import main
from spaziocitta.kiosk.updates.app_versions import AppVersions
from tests.kiosk.sync.conftest import RunningBackend, backend  # noqa: F401 (a fixture)

from .conftest import RepositoryServer, release_archive


def kiosk(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_publisher_session(tmp_path: Path, capsys):
    repo, keys, root_keys = tmp_path / "repo", tmp_path / "keys", tmp_path / "root"
    code, out, _ = kiosk(capsys, "release", "init", repo, "--root-keys", root_keys,
                         "--online-keys", keys, "--expires", "timestamp=2")  # fmt: skip
    assert code == 0 and "repository created" in out
    archive = release_archive(tmp_path, "1.5.0")
    code, out, _ = kiosk(capsys, "release", "add", repo, archive, "--kind", "app",
                         "--version", "1.5.0", "--percent", "10", "--totem", "biblioteca-02",
                         "--keys", keys)  # fmt: skip
    assert (code, out.strip()) == (0, "published app/spaziocitta-kiosk-1.5.0-good.tar.gz")
    name = "app/spaziocitta-kiosk-1.5.0-good.tar.gz"
    assert (
        kiosk(capsys, "release", "rollout", repo, name, "--percent", "50", "--keys", keys)[0] == 0
    )
    code, out, _ = kiosk(capsys, "release", "list", repo)
    assert out.split("\t")[:3] == [name, "app", "1.5.0"] and '"buckets": 5000' in out
    code, out, _ = kiosk(capsys, "release", "timestamp", repo, "--keys", keys)
    assert code == 0 and out.startswith("timestamp version")
    assert kiosk(capsys, "release", "verify", repo)[1].strip() == "ready to publish"
    # Without the key, with a bad version, on a folder that is no repository: one line, exit 1.
    code, _, err = kiosk(capsys, "release", "timestamp", repo, "--keys", root_keys)
    assert (code, err.strip()) == (
        1,
        "kiosk release: no timestamp key among the keys given (--keys)",
    )
    code, _, err = kiosk(capsys, "release", "add", repo, archive, "--kind", "app",
                         "--version", "latest", "--keys", keys)  # fmt: skip
    assert code == 1 and "MAJOR.MINOR.PATCH" in err
    code, _, err = kiosk(capsys, "release", "verify", tmp_path / "nothing")
    assert code == 1 and "not a release repository" in err


@pytest.fixture
def totem_config(tmp_path: Path, publisher, repo_server: RepositoryServer, monkeypatch) -> Path:
    app_root = tmp_path / "opt"
    app_root.mkdir()
    versions = AppVersions(app_root)
    versions.install(release_archive(tmp_path, "1.4.0"), "1.4.0")
    versions.switch("1.4.0")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[kiosk]\ntotem_id = "municipio-01"\n[updates]\nrepository_url = "{repo_server.url}"\n'
        f'trusted_root = "{publisher.trusted_root}"\napp_root = "{app_root}"\n'
    )
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    return config


def test_a_technician_checks_and_requests(totem_config, publisher, repo_server, tmp_path, capsys):
    data = Path(os.environ["KIOSK_DATA_DIR"])
    assert kiosk(capsys, "update", "run") == (0, "up to date (1.4.0)\n", "")
    code, out, _ = kiosk(capsys, "update", "request")
    assert code == 0 and (data / "update-requested").exists()
    code, out, _ = kiosk(capsys, "update", "status", "--json")
    status = json.loads(out)
    assert status["current"] == "1.4.0" and status["requested"] is True
    assert status["last_check_at"]
    # A tampered release: refused, reported, exit 1; the request is consumed.
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    [stored] = (publisher.repo.targets_dir / "app").iterdir()
    stored.write_bytes(b"x" * stored.stat().st_size)
    code, out, _ = kiosk(capsys, "update", "run", "--force")
    assert code == 1 and out.startswith("refused (tampered)")
    code, out, _ = kiosk(capsys, "update", "status")
    assert "update requested: no" in out and "update.refused.tampered: a file differs" in out
    assert "available: 1.5.0 (app/spaziocitta-kiosk-1.5.0-good.tar.gz)" in out
    assert "reports waiting for the backend: 1" in out


def test_without_a_repository_the_updater_says_so(tmp_path, capsys, monkeypatch):
    config = tmp_path / "kiosk.toml"
    config.write_text("[updates]\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    code, _, err = kiosk(capsys, "update", "run")
    assert (code, err.strip()) == (1, "kiosk update: no update repository configured ([updates])")
    assert kiosk(capsys, "update", "status")[0] == 0


def test_the_municipalitys_window_from_the_remote_configuration_holds_the_update(
    totem_config,
    publisher,
    tmp_path,
    capsys,
    backend: RunningBackend,  # noqa: F811
):
    now = datetime.now().astimezone()
    start = (now + timedelta(hours=2)).strftime("%H:%M")
    end = (now + timedelta(hours=3)).strftime("%H:%M")
    changed = httpx.patch(
        f"{backend.url}/api/v1/admin/totems/demo-totem-01/config",
        json={"update_window": f"{start}-{end}"},
        headers={"Authorization": f"Bearer {backend.admin_token}"},
        timeout=10,
    )
    assert changed.status_code == 200
    text = totem_config.read_text().replace(
        'totem_id = "municipio-01"', 'totem_id = "demo-totem-01"'
    )
    totem_config.write_text(
        text + f'[backend]\nurl = "{backend.url}"\ntotem_secret = "{backend.secret}"\n'
    )
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    code, out, _ = kiosk(capsys, "update", "run")
    assert (code, out.strip()) == (
        0, f"1.5.0 available, waits: outside the maintenance window {start}-{end}"
    )  # fmt: skip
