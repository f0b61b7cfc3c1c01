"""Whether a code a user typed (a filter of ``geowire events``, ``geowire dyad``, the API) names an
actor geowire knows, and the one-line reason when it does not.

A code is known when the store has a mention resolved to it (a user actors file may have added it)
or the actor knowledge base has a country, organisation or group with it; an actor-level code
(``RUS:GOV``) is known by its actor part.  A known code with no events is no error: its answer is
empty.  The knowledge base is loaded only when the store does not know the code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from geowire.actors.kb import KnowledgeBase
from geowire.settings import Settings
from geowire.store.db import Store
from geowire.store.search import has_actor_code
from geowire.types import PLOVER_CATEGORIES

ACTOR_CODE_HINT = (
    "codes are ISO alpha-3 countries (RUS), organisations (NATO) or groups; `geowire actors` lists those seen"
)


def unknown_category(category: str | None) -> str | None:
    """The reason a PLOVER category filter is refused ("unknown category FOO (one of AGREE, …)"),
    or None when it is empty or a category (in any case)."""
    if not category or category.upper() in PLOVER_CATEGORIES:
        return None
    return f"unknown category {category} (one of {', '.join(PLOVER_CATEGORIES)})"


def kb_for(settings: Settings) -> KnowledgeBase:
    """The actor knowledge base of ``settings``' language (kept on its language pack once loaded)."""
    from geowire.actors.kb import load_kb
    from geowire.lang import load_language

    return load_kb(settings, load_language(settings.language))


def in_kb(kb: KnowledgeBase, code: str) -> bool:
    """Whether the knowledge base has a country, organisation or group with this code."""
    code = code.upper()
    return any(find(code) is not None for find in (kb.country, kb.organisation, kb.group))


def unknown_actor(store: Store, code: str | None, *, kb: Callable[[], KnowledgeBase]) -> str | None:
    """The reason an actor code filter is refused, or None when it is empty or known (in the
    store, else in the knowledge base ``kb()`` gives, called only then)."""
    if not code:
        return None
    actor = code.split(":", 1)[0]  # stored mention codes never hold a ":" (RUS:GOV is RUS + sector)
    if has_actor_code(store, actor) or in_kb(kb(), actor):
        return None
    return f"unknown actor code {code} ({ACTOR_CODE_HINT})"


def first_unknown_actor(
    store: Store, codes: Iterable[tuple[str, str | None]], *, kb: Callable[[], KnowledgeBase]
) -> tuple[str, str] | None:
    """The first (parameter name, reason) among ``(name, code)`` pairs whose code is unknown."""
    for name, code in codes:
        reason = unknown_actor(store, code, kb=kb)
        if reason is not None:
            return name, reason
    return None
