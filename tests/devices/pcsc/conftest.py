"""Fixtures of the PC/SC rig: the shared pcscd, a reader slot, a restartable pcscd."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .rig import Pcscd, pcscd, slot

__all__ = ["own_pcscd", "pcscd", "slot"]


@pytest.fixture
def own_pcscd(pcscd: Pcscd) -> Iterator[Pcscd]:
    """A pcscd this test may kill and restart: freshly started, revived afterwards.

    Only one pcscd can run on a machine, so this is the shared daemon restarted
    for the test rather than a second one.
    """
    pcscd.restart(readers=True)
    yield pcscd
    pcscd.ensure(readers=True)
