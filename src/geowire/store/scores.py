"""PLOVER scores as fixed-point integers where the model layer sums them (issue 12).

A floating-point sum depends on the order of its terms, so an occurrence's mean score and the
score sums of ``dyad_days`` could only equal a rebuild's when re-summed in one fixed order from every
term.  Summed as integers (each score rounded to :data:`SCALE` units, 10⁻⁹) they are exact and
order-free: an occurrence's mean is its members' integer sum over their count, and ``dyad_days``
keeps its sums in units (migration 019), adjusted by deltas.  This module is the one place that
turns scores into units and back, in SQL and in Python (the clusterer's reference rows).
"""

from __future__ import annotations

import math

# units per score point: an occurrence's unit sum is exact as a double (below 2⁵³) up to ~900,000
# members of ±10, and a dyad_days row's fits a BIGINT up to ~9.2·10⁹ score points (~9·10⁸
# occurrences of ±10 on one dyad and day)
SCALE = 1_000_000_000
_SCALE_SQL = f"CAST({SCALE} AS DOUBLE)"


def units(score: float) -> int:
    """``score`` in units, rounded half away from zero (as DuckDB's ``round``)."""
    scaled = abs(score) * SCALE
    whole = math.floor(scaled)
    whole += 1 if scaled - whole >= 0.5 else 0
    return int(math.copysign(whole, score)) if whole else 0


def mean(scores: list[float]) -> float:
    """The mean of ``scores`` as :func:`mean_sql` computes it: their units' exact sum over their count."""
    return sum(units(s) for s in scores) / len(scores) / SCALE


def units_sql(score: str) -> str:
    """SQL: the DOUBLE ``score`` expression in units (BIGINT)."""
    return f"CAST(round({score} * {SCALE}) AS BIGINT)"


def mean_sql(score: str = "score") -> str:
    """SQL aggregate: the mean of ``score`` over a group, from the exact sum of its units (the same
    double whatever the order of the rows)."""
    return f"CAST(sum({units_sql(score)}) AS DOUBLE) / count(*) / {_SCALE_SQL}"


def single_mean_sql(score: str = "score") -> str:
    """SQL: :func:`mean_sql` of one row, ``score`` (the same double, without grouping)."""
    return f"CAST({units_sql(score)} AS DOUBLE) / 1 / {_SCALE_SQL}"


def float_sql(total: str) -> str:
    """SQL: a sum of units (``total``) as a score (DOUBLE): what the read paths report."""
    return f"CAST({total} AS DOUBLE) / {_SCALE_SQL}"
