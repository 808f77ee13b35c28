"""The totem's TUF client against a real repository on loopback: what it takes and what it refuses.

Each attack from the issue is played against the same HTTP server a totem
would use; each must end in :class:`UpdateRefused` with its reason, and with
nothing of the release downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spaziocitta.kiosk.updates.fleet_updater import FleetUpdater, UpdateRefused
from spaziocitta.kiosk.updates.release_repository import KeyRing, generate_key
from spaziocitta.kiosk.updates.rollout import Rollout, bucket

from .conftest import Publisher, RepositoryServer, release_archive


def totem(
    publisher: Publisher, server: RepositoryServer, tmp_path: Path, **options
) -> FleetUpdater:
    totem_id = options.pop("totem_id", "municipio-01")
    folder = tmp_path / f"totem-{totem_id}"
    return FleetUpdater(
        server.url,
        publisher.trusted_root,
        folder / "metadata",
        folder / "downloads",
        totem_id=totem_id,
        max_download_bytes=options.pop("max_download_bytes", 50 * 1024 * 1024),
    )


def test_a_published_release_is_offered_and_downloaded_verified(publisher, repo_server, tmp_path):
    archive = release_archive(tmp_path, "1.5.0")
    name = publisher.publish(archive, "1.5.0")
    updater = totem(publisher, repo_server, tmp_path)
    [offer] = updater.offers("1.4.2", refused=set())
    assert (offer.target, offer.version) == (name, "1.5.0")
    assert updater.download(offer).read_bytes() == archive.read_bytes()


def test_only_newer_releases_not_refused_newest_first(publisher, repo_server, tmp_path):
    for version in ("1.4.0", "1.5.0", "1.10.0"):
        publisher.publish(release_archive(tmp_path, version), version)
    updater = totem(publisher, repo_server, tmp_path)
    assert [o.version for o in updater.offers("1.4.0", refused={"1.10.0"})] == ["1.5.0"]
    updater = totem(publisher, repo_server, tmp_path, totem_id="municipio-02")
    assert [o.version for o in updater.offers("1.4.0", refused=set())] == ["1.10.0", "1.5.0"]


def test_staged_rollout_reaches_its_share_and_the_named_totems(publisher, repo_server, tmp_path):
    fleet = [f"totem-{n:03d}" for n in range(12)]
    named = max(fleet, key=bucket)  # the last in line, unless named
    publisher.publish(
        release_archive(tmp_path, "2.0.0"), "2.0.0", Rollout(percent=30, totems=(named,))
    )
    taking = {
        totem_id
        for totem_id in fleet
        if totem(publisher, repo_server, tmp_path, totem_id=totem_id).offers("1.0.0", set())
    }
    assert taking == {t for t in fleet if bucket(t) < 3000} | {named}
    assert 0 < len(taking) < len(fleet)


def test_a_tampered_target_is_refused_and_not_kept(publisher, repo_server, tmp_path):
    archive = release_archive(tmp_path, "1.5.0")
    publisher.publish(archive, "1.5.0")
    [stored] = (publisher.repo.targets_dir / "app").iterdir()
    evil = bytearray(stored.read_bytes())
    evil[-10] ^= 0xFF  # same length, different content: a swapped file on the mirror
    stored.write_bytes(bytes(evil))
    updater = totem(publisher, repo_server, tmp_path)
    [offer] = updater.offers("1.0.0", set())
    with pytest.raises(UpdateRefused) as refused:
        updater.download(offer)
    assert refused.value.reason == "tampered" and refused.value.security
    assert not list(updater.download_dir.glob("*tar.gz"))


def test_endless_data_is_cut_at_the_signed_length(publisher, repo_server, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    repo_server.append[".tar.gz"] = b"\0" * 1_000_000
    updater = totem(publisher, repo_server, tmp_path)
    [offer] = updater.offers("1.0.0", set())
    with pytest.raises(UpdateRefused) as refused:
        updater.download(offer)
    assert refused.value.reason == "oversized"
    assert not list(updater.download_dir.glob("*tar.gz"))


def test_a_release_over_the_totems_size_cap_is_not_even_requested(publisher, repo_server, tmp_path):
    archive = release_archive(tmp_path, "1.5.0")
    publisher.publish(archive, "1.5.0")
    updater = totem(publisher, repo_server, tmp_path, max_download_bytes=100)
    [offer] = updater.offers("1.0.0", set())
    with pytest.raises(UpdateRefused, match="over the") as refused:
        updater.download(offer)
    assert refused.value.reason == "oversized"
    assert not repo_server.requested(".tar.gz")


def test_older_metadata_after_newer_is_a_rollback_attack(publisher, repo_server, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    old_timestamp = (publisher.repo.metadata_dir / "timestamp.json").read_bytes()
    publisher.publish(release_archive(tmp_path, "1.6.0"), "1.6.0")
    assert totem(publisher, repo_server, tmp_path).offers("1.0.0", set())  # saw the new one
    repo_server.replace["/metadata/timestamp.json"] = old_timestamp
    with pytest.raises(UpdateRefused) as refused:
        totem(publisher, repo_server, tmp_path).offers("1.0.0", set())
    assert refused.value.reason == "rollback" and refused.value.security


def test_an_expired_timestamp_is_a_freeze_attack(publisher, repo_server, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    publisher.repo.refresh_timestamp(publisher.ring, days={"timestamp": -1})
    with pytest.raises(UpdateRefused) as refused:
        totem(publisher, repo_server, tmp_path).offers("1.0.0", set())
    assert refused.value.reason == "expired"
    assert not repo_server.requested(".tar.gz")


def test_targets_signed_by_a_key_root_does_not_trust_are_refused(publisher, repo_server, tmp_path):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    stranger = generate_key(tmp_path / "stranger", "targets")
    # The attacker holds the online snapshot/timestamp keys but not the targets key.
    repo = publisher.repo
    original = KeyRing.load([publisher.online_keys]).signers
    targets_key = next(k for k in original if k in repo.root().signed.roles["targets"].keyids)
    forged = KeyRing({**{k: v for k, v in original.items() if k != targets_key}})
    forged.signers[targets_key] = stranger  # "signs" as the targets key, with another key
    evil = release_archive(tmp_path, "6.6.6")
    repo.add_release(forged, evil, kind="app", version="6.6.6", rollout=Rollout())
    with pytest.raises(UpdateRefused) as refused:
        totem(publisher, repo_server, tmp_path).offers("1.0.0", set())
    assert refused.value.reason == "signature" and refused.value.security
    assert not repo_server.requested("6.6.6")


def test_a_key_rotation_is_followed_and_the_old_key_no_longer_counts(
    publisher, repo_server, tmp_path
):
    publisher.publish(release_archive(tmp_path, "1.5.0"), "1.5.0")
    updater = totem(publisher, repo_server, tmp_path)
    assert updater.offers("1.0.0", set())
    old_online = KeyRing.load([publisher.online_keys])
    new_keys = tmp_path / "new-targets-key"
    publisher.repo.rotate_key(publisher.root_ring, "targets", new_keys)
    assert publisher.repo.verify() == []
    # Releases now need the new key; one signed with the old is refused by the totem.
    publisher.repo.add_release(
        KeyRing.load([new_keys, publisher.online_keys]),
        release_archive(tmp_path, "1.6.0"),
        kind="app",
        version="1.6.0",
        rollout=Rollout(),
    )
    again = totem(publisher, repo_server, tmp_path)
    assert [o.version for o in again.offers("1.0.0", set())] == ["1.6.0", "1.5.0"]
    assert json.loads((again.metadata_dir / "root.json").read_text())["signed"]["version"] == 2
    with pytest.raises(Exception, match="no targets key"):
        publisher.repo.add_release(
            old_online,
            release_archive(tmp_path, "1.7.0"),
            kind="app",
            version="1.7.0",
            rollout=Rollout(),
        )


def test_an_unreachable_repository_is_not_a_security_event(publisher, tmp_path):
    updater = FleetUpdater(
        "http://127.0.0.1:9",
        publisher.trusted_root,
        tmp_path / "m",
        tmp_path / "d",
        totem_id="municipio-01",
        max_download_bytes=1000,
    )
    with pytest.raises(UpdateRefused) as refused:
        updater.offers("1.0.0", set())
    assert refused.value.reason == "unreachable" and not refused.value.security
