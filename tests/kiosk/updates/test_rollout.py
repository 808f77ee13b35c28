"""Staged rollout: a stable share of the fleet by hash, named totems, and orderable versions."""

from __future__ import annotations

import pytest

from spaziocitta.kiosk.updates.rollout import BUCKETS, Rollout, RolloutError, bucket, parse_version


def test_the_bucket_is_stable_and_spread_evenly():
    fleet = [f"totem-{n:05d}" for n in range(20_000)]
    assert bucket("municipio-01") == bucket("municipio-01")
    for percent in (1, 10, 50):
        share = sum(Rollout(percent).takes(t) for t in fleet) / len(fleet)
        assert abs(share - percent / 100) < 0.01, (percent, share)
    assert all(0 <= bucket(t) < BUCKETS for t in fleet[:1000])


def test_widening_a_rollout_never_drops_a_totem_that_already_took_it():
    fleet = [f"t-{n}" for n in range(2000)]
    first = {t for t in fleet if Rollout(10).takes(t)}
    wider = {t for t in fleet if Rollout(50).takes(t)}
    assert first < wider


def test_named_totems_take_it_whatever_the_share():
    assert Rollout(0, ("biblioteca-02",)).takes("biblioteca-02")
    assert not Rollout(0, ("biblioteca-02",)).takes("municipio-01")
    assert Rollout(100).takes("anything-at-all")


def test_round_trip_through_the_targets_custom_block_uses_integers():
    rollout = Rollout(12.5, ("a-1",))
    assert rollout.to_dict() == {"buckets": 1250, "totems": ["a-1"]}
    assert Rollout.from_dict(rollout.to_dict()) == rollout
    assert Rollout.from_dict(None) == Rollout()


@pytest.mark.parametrize(
    "bad",
    [[], {"buckets": "10"}, {"buckets": True}, {"totems": "a-1"}, {"totems": ["UPPER"]},
     {"buckets": 20_000}],
)  # fmt: skip
def test_a_malformed_rollout_is_refused(bad):
    with pytest.raises(RolloutError):
        Rollout.from_dict(bad)


def test_versions_order_numerically_and_nonsense_is_refused():
    assert parse_version("1.10.0") > parse_version("1.9.9")
    assert parse_version("2.0.0+build.7") == (2, 0, 0)
    for bad in ("1.0", "v1.0.0", "1.0.0-rc1", "", "1.0.0.0", 7):
        with pytest.raises(RolloutError):
            parse_version(bad)  # type: ignore[arg-type]
