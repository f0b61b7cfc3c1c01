"""Feed watching: interval parsing and capped exponential backoff."""

from __future__ import annotations

import pytest

from geowire.errors import ConfigError
from geowire.scale.watch import next_delay, parse_interval


def test_watch_parse_interval_units():
    assert parse_interval("15m") == 900
    assert parse_interval("0.1s") == pytest.approx(0.1)
    assert parse_interval("2h") == 7200 and parse_interval("30") == 30 and parse_interval("250ms") == 0.25


@pytest.mark.parametrize("bad", ["", "fast", "-1s", "0s", "5 weeks"])
def test_watch_parse_interval_rejects(bad):
    with pytest.raises(ConfigError):
        parse_interval(bad)


def test_watch_backoff_doubles_and_caps():
    assert [next_delay(60, n, max_backoff=600) for n in range(6)] == [60, 120, 240, 480, 600, 600]
    assert next_delay(900, 3, max_backoff=60) == 900  # never shorter than the interval
