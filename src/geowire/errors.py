"""The one tree of typed exceptions raised by the geowire library.

A *bad document* is not an exception: ingestion records it with a reason from
:class:`geowire.types.Reason` and goes on.  Everything else raises a subclass of
:class:`GeowireError`, chained with ``raise ... from e``.

    GeowireError
    ├── ConfigError            settings or a user data file is invalid
    │   └── KnowledgeBaseError an actor/equipment/lexicon file fails validation
    ├── StoreError             the DuckDB store cannot be opened, migrated or written
    │   └── MigrationError
    ├── FetchError             a URL could not be fetched (reason says why)
    │   └── UnsafeURLError     scheme or address refused (private, loopback, ...)
    ├── ModelError             the spaCy model (or another model) is missing or broken
    ├── WorkerError            a worker process of a parallel rebuild failed
    ├── NotFoundError          a requested record does not exist
    └── OptionalDependencyError  an extra is not installed (message carries the pip hint)
"""

from __future__ import annotations


class GeowireError(Exception):
    """Base of every error geowire raises on purpose."""


class ConfigError(GeowireError):
    """Settings or a user-supplied data file is invalid."""


class KnowledgeBaseError(ConfigError):
    """An actor, equipment or lexicon data file fails validation."""


class StoreError(GeowireError):
    """The store cannot be opened, migrated, read or written."""


class StoreBusyError(StoreError):
    """Another process kept the store locked longer than we were willing to wait."""


class MigrationError(StoreError):
    """A schema migration failed or the store is newer than this geowire."""


class FetchError(GeowireError):
    """A URL could not be fetched; ``reason`` is one of the fixed ingest reasons."""

    def __init__(self, message: str, *, reason: str = "fetch-failed") -> None:
        super().__init__(message)
        self.reason = reason


class UnsafeURLError(FetchError):
    """A URL was refused before fetching (scheme, private/loopback address, ...)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, reason="unsafe-url")


class ModelError(GeowireError):
    """A required model (e.g. the spaCy English model) is missing or unusable."""


class WorkerError(GeowireError):
    """A worker process (a parallel rebuild's clustering) failed or ended without a result."""


class NotFoundError(GeowireError):
    """A requested record (document, event, actor, ...) does not exist."""


class OptionalDependencyError(GeowireError):
    """An optional extra is missing; the message says what to install."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs the '{extra}' extra: pip install 'geowire[{extra}]'")
        self.feature = feature
        self.extra = extra
