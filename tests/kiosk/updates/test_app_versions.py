"""Versions side by side: safe unpacking of release archives and the atomic ``current`` switch."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from spaziocitta.kiosk.updates import app_versions
from spaziocitta.kiosk.updates.app_versions import AppVersions, InstallError

from .conftest import release_archive


@pytest.fixture
def versions(tmp_path: Path) -> AppVersions:
    root = tmp_path / "opt"
    root.mkdir()
    return AppVersions(root)


def hostile(tmp_path: Path, *members: tuple[tarfile.TarInfo, bytes]) -> Path:
    path = tmp_path / "hostile.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        entry = tarfile.TarInfo("bin/kiosk")
        entry.size, entry.mode = 3, 0o755
        tar.addfile(entry, io.BytesIO(b"#!\n"))
        for info, data in members:
            info.size = len(data) if info.isfile() else 0
            tar.addfile(info, io.BytesIO(data) if info.isfile() else None)
    return path


def info(name: str, kind: bytes = tarfile.REGTYPE, link: str = "", mode: int = 0o644):
    entry = tarfile.TarInfo(name)
    entry.type, entry.linkname, entry.mode = kind, link, mode
    return entry


def test_install_switch_and_roll_back(versions, tmp_path):
    first = versions.install(release_archive(tmp_path, "1.4.0"), "1.4.0")
    assert (first / "bin" / "kiosk").stat().st_mode & 0o111
    assert versions.switch("1.4.0") is None
    versions.install(release_archive(tmp_path, "1.5.0"), "1.5.0")
    assert versions.switch("1.5.0") == "1.4.0"
    assert (versions.current(), versions.previous()) == ("1.5.0", "1.4.0")
    assert (versions.root / "current" / "VERSION").read_text() == "1.5.0\n"
    assert versions.roll_back() == "1.4.0"
    assert (versions.current(), versions.previous()) == ("1.4.0", None)
    with pytest.raises(InstallError, match="no previous"):
        versions.roll_back()
    # No temporary link or partial folder is left behind.
    assert sorted(p.name for p in versions.root.iterdir()) == ["1.4.0", "1.5.0", "current"]


def test_installing_twice_reuses_the_complete_folder(versions, tmp_path):
    archive = release_archive(tmp_path, "1.4.0")
    folder = versions.install(archive, "1.4.0")
    marker = folder / "VERSION"
    marker.write_text("touched")
    assert versions.install(archive, "1.4.0") == folder and marker.read_text() == "touched"


def test_a_half_unpacked_folder_is_not_trusted(versions, tmp_path):
    (versions.root / "1.4.0" / "bin").mkdir(parents=True)  # power cut before the mark
    versions.install(release_archive(tmp_path, "1.4.0"), "1.4.0")
    assert (versions.root / "1.4.0" / "bin" / "kiosk").exists()


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ((info("../escape"), b"x"), "outside"),
        ((info("/etc/cron.d/evil"), b"x"), "outside"),
        ((info("lib", tarfile.SYMTYPE, "/etc"), b""), None),  # allowed alone...
        ((info("dev", tarfile.CHRTYPE), b""), "device"),
        ((info("bin/su", mode=0o4755), b"x"), "set-user-id"),
        ((info("lib/x", tarfile.SYMTYPE, "../../../etc/passwd"), b""), "leaves"),
        ((info("hard", tarfile.LNKTYPE, "../outside"), b""), "leaves"),
    ],
)
def test_hostile_archives_are_refused_with_nothing_installed(versions, tmp_path, member, message):
    archive = hostile(tmp_path, member)
    if message is None:
        versions.install(archive, "1.4.0")
        return
    with pytest.raises(InstallError, match=message):
        versions.install(archive, "1.4.0")
    assert list(versions.root.iterdir()) == []


def test_nothing_is_unpacked_through_a_link(versions, tmp_path):
    target = tmp_path / "elsewhere"
    target.mkdir()
    archive = hostile(
        tmp_path, (info("lib", tarfile.SYMTYPE, str(target)), b""), (info("lib/evil"), b"x")
    )
    with pytest.raises(InstallError, match="through a link"):
        versions.install(archive, "1.4.0")
    assert list(target.iterdir()) == [] and list(versions.root.iterdir()) == []


def test_garbage_and_releases_without_entry_point_are_refused(versions, tmp_path):
    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(InstallError, match="unreadable") as unreadable:
        versions.install(garbage, "1.4.0")
    assert not unreadable.value.transient
    empty = tmp_path / "empty.tar"
    with tarfile.open(empty, "w") as tar:
        tar.addfile(info("README"), io.BytesIO(b""))
    with pytest.raises(InstallError, match="bin/kiosk"):
        versions.install(empty, "1.4.0")
    assert list(versions.root.iterdir()) == []


def test_a_full_disk_is_found_before_unpacking(versions, tmp_path, monkeypatch):
    class Usage:
        free = 10

    monkeypatch.setattr(app_versions.shutil, "disk_usage", lambda _path: Usage)
    with pytest.raises(InstallError, match="disk space") as full:
        versions.install(release_archive(tmp_path, "1.4.0"), "1.4.0")
    assert full.value.transient, "a full disk says nothing about the release"
    assert list(versions.root.iterdir()) == []


def test_prune_keeps_current_previous_and_the_newest(versions, tmp_path):
    for version in ("1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0"):
        versions.install(release_archive(tmp_path, version), version)
    versions.switch("1.1.0")
    versions.switch("1.0.0")  # a rollback by hand: current is the oldest
    assert versions.prune(keep=3) == ["1.2.0", "1.3.0"]
    assert versions.installed() == ["1.0.0", "1.1.0", "1.4.0"]
    with pytest.raises(InstallError, match="in use"):
        versions.remove("1.0.0")
