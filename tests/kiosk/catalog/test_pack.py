"""Reading packs from a folder, a file or a zip, and refusing what cannot be read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from spaziocitta.kiosk.catalog import pack as packmod
from spaziocitta.kiosk.catalog.pack import PackError, load_pack

from .conftest import CORE_ONLY


def test_folder_file_and_zip_give_the_same_pack(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.json").write_bytes(CORE_ONLY.read_bytes())
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(CORE_ONLY, "borgo-2026/pack.json")
        z.writestr("borgo-2026/images/logo.png", b"\x89PNG")
    versions = {load_pack(p).data["version"] for p in (folder, CORE_ONLY, archive)}
    assert versions == {"2026.1-core"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": ', "not valid JSON: Expecting value (line 1, column 12)"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(content)
    with pytest.raises(PackError, match="pack.json: " + expected.split(" (", maxsplit=1)[0]):
        load_pack(path)


def test_missing_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="not found"):
        load_pack(tmp_path)


def test_zip_without_pack_and_broken_zip(tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(PackError, match=r"no pack\.json inside"):
        load_pack(empty)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PackError, match="not a valid zip archive"):
        load_pack(broken)


def test_oversized_pack_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packmod, "MAX_PACK_BYTES", 100)
    path = tmp_path / "pack.json"
    path.write_text("[" + "1," * 100 + "1]")
    with pytest.raises(PackError, match="larger than"):
        load_pack(path)
