"""The text layer stands below the actor layer: nothing in ``geowire.nlp`` imports
``geowire.actors`` (issue 17), not even for type checking."""

from __future__ import annotations

import ast
from pathlib import Path

NLP = Path(__file__).parents[2] / "src" / "geowire" / "nlp"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_annotate_nlp_never_imports_actors() -> None:
    modules = sorted(NLP.glob("*.py"))
    assert modules
    leaks = {p.name: m for p in modules for m in _imports(p) if m.startswith("geowire.actors")}
    assert leaks == {}
