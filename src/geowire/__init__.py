"""geowire: read news about international affairs and build a sourced, queryable model of the
international system (actors, events, relations, agreements, transfers, statements, contradictions).
"""

__version__ = "0.1.0"
