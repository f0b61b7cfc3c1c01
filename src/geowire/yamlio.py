"""Read YAML the one way geowire does: safe loading, with libyaml's C loader when it is installed
(about six times faster on the knowledge files, same data)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(raw: str) -> Any:
    """Parse ``raw`` with the safe loader (never constructs arbitrary Python objects)."""
    return yaml.load(raw, Loader=_LOADER)  # noqa: S506 - a SafeLoader subclass
