"""The publisher's side: metadata that verifies, threshold signing, rotations, refusals."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from spaziocitta.kiosk.updates.fleet_updater import FleetUpdater
from spaziocitta.kiosk.updates.release_repository import (
    KeyRing,
    ReleaseError,
    ReleaseRepository,
)
from spaziocitta.kiosk.updates.rollout import Rollout

from .conftest import Publisher, RepositoryServer, release_archive


def test_a_new_repository_is_signed_consistent_and_keys_are_private(publisher: Publisher):
    repo = publisher.repo
    assert repo.verify() == []
    names = sorted(p.name for p in repo.metadata_dir.iterdir())
    assert "1.root.json" in names and "timestamp.json" in names
    assert any(n.endswith(".targets.json") and n[0].isdigit() for n in names)
    for key in [*publisher.root_keys.iterdir(), *publisher.online_keys.iterdir()]:
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(publisher.root_keys.stat().st_mode) == 0o700
    root = json.loads((repo.metadata_dir / "root.json").read_text())["signed"]
    assert root["consistent_snapshot"] is True
    # The root key is in its own folder, not among the online keys.
    assert not set(KeyRing.load([publisher.online_keys]).signers) & set(
        root["roles"]["root"]["keyids"]
    )


def test_threshold_signing_of_root(tmp_path: Path, monkeypatch):
    repo = ReleaseRepository(tmp_path / "repo")
    repo.init(tmp_path / "root", tmp_path / "online", root_key_count=3, root_threshold=2)
    assert repo.verify() == []  # init had all three root keys
    # Split the root keys between three holders, as an offline ceremony would.
    holders = []
    for n, key in enumerate(sorted((tmp_path / "root").iterdir())):
        folder = tmp_path / f"holder-{n}"
        folder.mkdir()
        key.rename(folder / key.name)
        holders.append(folder)
    ring = KeyRing.load([holders[0], tmp_path / "online"])
    repo.rotate_key(ring, "timestamp", tmp_path / "new-timestamp")
    assert "root v2: not enough root signatures" in repo.verify()
    assert repo.sign(KeyRing.load([holders[2]]), "root") == 1
    assert repo.verify() == []
    with pytest.raises(ReleaseError, match="none of the keys"):
        repo.sign(KeyRing.load([tmp_path / "online"]), "root")


def test_root_key_rotation_is_followed_by_a_totem_with_the_old_root(
    publisher: Publisher, repo_server: RepositoryServer, tmp_path: Path
):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    new_root = tmp_path / "new-root"
    publisher.repo.rotate_key(publisher.root_ring, "root", new_root)
    assert publisher.repo.verify() == []
    # Later releases need nothing from the old root key.
    publisher.repo.rotate_key(
        KeyRing.load([new_root, publisher.online_keys]), "snapshot", tmp_path / "new-snapshot"
    )
    ring = KeyRing.load([publisher.online_keys, tmp_path / "new-snapshot"])
    publisher.repo.add_release(
        ring, release_archive(tmp_path, "1.6.0"), kind="app", version="1.6.0", rollout=Rollout()
    )
    updater = FleetUpdater(
        repo_server.url, publisher.trusted_root, tmp_path / "m", tmp_path / "d",
        totem_id="municipio-01", max_download_bytes=10**8,
    )  # fmt: skip
    assert [o.version for o in updater.offers("1.0.0", set())] == ["1.6.0", "1.5.0"]
    root = json.loads((tmp_path / "m" / "root.json").read_text())["signed"]
    assert root["version"] == 3


def test_publishing_refuses_what_totems_could_not_use(publisher: Publisher, tmp_path: Path):
    archive = release_archive(tmp_path, "1.5.0")
    ring = publisher.ring
    publisher.publish(archive, "1.5.0")
    cases = [
        ({"version": "1.5"}, "MAJOR.MINOR.PATCH"),
        ({"kind": "firmware"}, "kind"),
        ({"kind": "content", "version": "no spaces!", "name": "content/p"}, "content version"),
        ({"name": "../evil.tar.gz"}, "not a usable target name"),
        ({"name": "releases.json"}, "not a usable target name"),
        ({"name": "app/other-1.5.0.tar.gz"}, "already published as"),
        ({"file": tmp_path / "missing.tar.gz", "version": "1.6.0"}, "no such file"),
        ({}, "already published"),
    ]
    for change, message in cases:
        options = {"file": archive, "kind": "app", "version": "1.5.0", "rollout": Rollout()}
        options.update(change)
        with pytest.raises(ReleaseError, match=message):
            publisher.repo.add_release(ring, **options)
    with pytest.raises(ReleaseError, match="no targets key"):
        publisher.repo.add_release(
            KeyRing({}), archive, kind="app", version="1.6.0", rollout=Rollout(), name="app/b"
        )
    assert len(list((publisher.repo.targets_dir / "app").iterdir())) == 1  # nothing left over
    with pytest.raises(ReleaseError, match="already a release repository"):
        publisher.repo.init(tmp_path / "r", tmp_path / "o")
    assert publisher.repo.verify() == []


def test_widening_a_rollout_and_an_expiry_that_verify_reports(publisher: Publisher, tmp_path):
    name = publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0", Rollout(10))
    publisher.repo.set_rollout(publisher.ring, name, Rollout(100, ("biblioteca-02",)))
    assert publisher.repo.release_targets()[name]["rollout"] == {
        "buckets": 10_000, "totems": ["biblioteca-02"],
    }  # fmt: skip
    with pytest.raises(ReleaseError, match="no such release"):
        publisher.repo.set_rollout(publisher.ring, "app/nothing.tar.gz", Rollout())
    publisher.repo.refresh_timestamp(publisher.ring, days={"timestamp": -1})
    assert [p for p in publisher.repo.verify() if p.startswith("timestamp: expired")]


def test_encrypted_keys_need_the_passphrase(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("KIOSK_RELEASE_PASSPHRASE", "correct horse battery staple")
    repo = ReleaseRepository(tmp_path / "repo")
    repo.init(tmp_path / "root", tmp_path / "online")
    assert b"ENCRYPTED" in next((tmp_path / "online").iterdir()).read_bytes()
    assert len(KeyRing.load([tmp_path / "online"]).signers) == 3
    monkeypatch.delenv("KIOSK_RELEASE_PASSPHRASE")
    with pytest.raises(ReleaseError, match="KIOSK_RELEASE_PASSPHRASE"):
        KeyRing.load([tmp_path / "online"])
