"""The CAMEO↔PLOVER code table (``data/cameo_plover.yaml``) and the choice of one CAMEO code for
a PLOVER event, used by the GDELT export.

PLOVER folds CAMEO's hierarchy into category + mode + context, so going back is one-to-many.
:meth:`CameoTable.code_for` picks the most representative CAMEO code for an event:

1. codes of the event's category (a category always has codes: the table covers all 16);
2. among them, those with the event's mode, when any has it;
3. among those, the ones sharing a context with the event, when any does;
4. then prefer a code with no mode when the event has none, the shortest (most general) code, the
   CAMEO root (first two digits) holding most of the category's codes, and finally the lowest code.

So ``AGREE`` → ``030``, ``ASSAULT`` with context ``military`` → ``190``, ``CONSULT``/``visit`` → ``042``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError

from geowire.errors import ConfigError
from geowire.types import PLOVER_CATEGORIES, PloverCategory
from geowire.yamlio import load_yaml


class CameoEntry(BaseModel):
    """One CAMEO code's PLOVER equivalent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: PloverCategory
    mode: str | None = None
    contexts: tuple[str, ...] = ()


class CameoTable:
    """CAMEO code → PLOVER entry, with the reverse choice for exports."""

    def __init__(self, codes: dict[str, CameoEntry]) -> None:
        self.codes = codes
        missing = set(PLOVER_CATEGORIES) - {e.category for e in codes.values()}
        if missing:
            raise ConfigError(f"CAMEO table has no code for PLOVER categories {sorted(missing)}")
        self._main_root = {
            cat: Counter(c[:2] for c, e in codes.items() if e.category == cat).most_common(1)[0][0]
            for cat in PLOVER_CATEGORIES
        }

    def categories(self) -> set[str]:
        return {e.category for e in self.codes.values()}

    def code_for(self, category: str, mode: str | None = None, contexts: Iterable[str] = ()) -> str:
        """The most representative CAMEO code for a PLOVER category + mode (+ contexts)."""
        candidates = [(c, e) for c, e in self.codes.items() if e.category == category]
        if not candidates:
            raise ConfigError(f"no CAMEO code for PLOVER category {category!r}")
        with_mode = [(c, e) for c, e in candidates if mode and e.mode == mode]
        candidates = with_mode or candidates
        wanted = set(contexts)
        sharing = [(c, e) for c, e in candidates if wanted & set(e.contexts)]
        candidates = sharing or candidates
        root = self._main_root[category]
        return min(
            candidates,
            key=lambda ce: (mode is None and ce[1].mode is not None, len(ce[0]), ce[0][:2] != root, ce[0]),
        )[0]


def cameo_parts(code: str) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) as GDELT writes them: ``0871`` → 0871, 087, 08."""
    return code, code[:3], code[:2]


def load_cameo_table() -> CameoTable:
    """Read and validate the shipped table (the export's entry point loads it once:
    :class:`geowire.export.codes.ExportCodes`)."""
    raw = resources.files("geowire.data").joinpath("cameo_plover.yaml").read_text(encoding="utf-8")
    data = load_yaml(raw)
    if not isinstance(data, dict) or not isinstance(data.get("codes"), dict):
        raise ConfigError("cameo_plover.yaml must hold a mapping 'codes'")
    try:
        codes = {str(k): CameoEntry.model_validate(v) for k, v in data["codes"].items()}
    except ValidationError as e:
        raise ConfigError(f"cameo_plover.yaml: {e.errors()[0]['msg']}") from e
    return CameoTable(codes)
