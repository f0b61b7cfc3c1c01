"""DuckDB store: schema migrations, transactions, and the queries every front end shares."""

from geowire.store.db import Store, open_store

__all__ = ["Store", "open_store"]
