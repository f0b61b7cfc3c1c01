"""Interoperable exports of the store: PLOVER JSON lines, GDELT 2.0 Events, CSV, Parquet, GraphML
(the relations network) and FollowTheMoney-style entities.  :func:`geowire.export.service.export`
is the one entry point; each format lives in its own module."""
