"""The Debian package, built once per test session with packaging/build-deb.sh."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_DEB = ROOT / "packaging" / "build-deb.sh"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def version() -> str:
    for line in (ROOT / "kiosk" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__ = "):
            return line.split('"')[1]
    raise AssertionError("no __version__ in kiosk/__init__.py")


def require_tool(name: str, package: str) -> str:
    """The tool's path; in CI its absence fails the test, elsewhere it skips it, saying why."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package!r})"
        if IN_CI:
            pytest.fail(f"{message}: CI must have it, add it to ./run's apt packages")
        pytest.skip(message)
    return path


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit file: section -> key -> every value, in order (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        assert not line.endswith("\\"), f"{path}:{number}: keep each setting on one line"
        if line.startswith("["):
            assert re.fullmatch(r"\[[A-Za-z]+\]", line), f"{path}:{number}: {line}"
            current = sections.setdefault(line[1:-1], defaultdict(list))
            continue
        assert current is not None, f"{path}:{number}: a setting before any section"
        key, equals, value = line.partition("=")
        assert equals and re.fullmatch(r"[A-Za-z]+", key), f"{path}:{number}: {line}"
        current[key].append(value.strip())
    return sections


@dataclass(frozen=True)
class Built:
    """A built package and its contents unpacked."""

    deb: Path
    files: Path
    """``dpkg-deb -x``: the file system it installs."""
    control: Path
    """``dpkg-deb -e``: control, conffiles, md5sums and maintainer scripts."""


def build(output: Path, *options: str, timeout: float = 120) -> Path:
    require_tool("dpkg-deb", "dpkg")
    result = subprocess.run(
        ["bash", str(BUILD_DEB), "--output", str(output), *options],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    deb = Path(result.stdout.strip().splitlines()[-1])
    assert deb.parent == output and deb.exists(), result.stdout
    return deb


def unpack(deb: Path, where: Path) -> Built:
    files, control = where / "files", where / "control"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(files)], check=True)
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    return Built(deb, files, control)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The package built with --no-venv (the same files, no Python environment): 1 s."""
    where = tmp_path_factory.mktemp("deb")
    return unpack(build(where / "dist", "--no-venv"), where)
