"""The real package: its Python environment is relocated to /opt and starts the kiosk.

Builds the .deb as a release would (system python3, the project's wheel and its
dependencies from the package index), ~30 s with a warm pip cache, and unpacks
it (~1 GB, removed afterwards).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import Built, build, unpack, version

APP = Path("opt/spaziocitta-kiosk") / version()
PYTHON = Path("/usr/bin/python3")


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    if not PYTHON.exists():
        pytest.fail(f"{PYTHON} is missing: the package's environment is made with it")
    where = tmp_path_factory.mktemp("deb-venv")
    try:
        yield unpack(build(where / "dist", timeout=600), where)
    finally:
        shutil.rmtree(where, ignore_errors=True)  # a gigabyte: not left for pytest to keep


@pytest.mark.slow
def test_the_environment_is_made_for_its_place_in_opt(released: Built) -> None:
    app = released.files / APP
    assert (app / "bin/kiosk").read_text(encoding="utf-8").startswith(f"#!/{APP}/bin/python\n")
    config = (app / "pyvenv.cfg").read_text(encoding="utf-8")
    assert re.search(r"^home = /usr/bin$", config, re.MULTILINE), "the system's python3"
    assert "include-system-site-packages = false" in config
    assert os.readlink(app / "bin/python3") == str(PYTHON)
    leftover = subprocess.run(
        # The script's mktemp folder (build-deb.XXXXXX), not "packaging/build-deb.sh",
        # which the project's description (its README) names.
        ["grep", "-rlIE", "/build-deb\\.[A-Za-z0-9]{6}", str(app)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert leftover.stdout == "", f"the build folder is named in: {leftover.stdout[:2000]}"
    description = subprocess.run(
        ["dpkg-deb", "-f", str(released.deb), "Description"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--no-venv" not in description
    compiled = list((app / "lib").glob("python3.*/site-packages/spaziocitta/kiosk/__pycache__"))
    assert compiled, "byte code is shipped (the service cannot write it on the totem)"


@pytest.mark.slow
def test_the_packaged_kiosk_starts(released: Built, tmp_path: Path) -> None:
    python = released.files / APP / "bin/python"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("KIOSK_CONFIG", None)
    env.pop("VIRTUAL_ENV", None)
    kiosk = [str(python), "-m", "spaziocitta.kiosk"]
    result = subprocess.run(
        [*kiosk, "--version"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.stdout.strip() == f"kiosk {version()}", result.stderr
    result = subprocess.run(
        [*kiosk, "run", "--demo", "--windowed", "--exit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("ready in "), result.stdout
