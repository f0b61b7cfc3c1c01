"""Import checks (issue 17): the layers of ``src/geowire`` as the code's own imports show them.

Every module is parsed with :mod:`ast` (nothing is imported), and its imports — at the top, inside
functions and under ``TYPE_CHECKING`` alike — are checked against the layering rules:

* ``geowire.api`` never imports ``geowire.cli`` (shared helpers live in neutral modules such as
  :mod:`geowire.jsonable`);
* ``geowire.nlp`` never imports ``geowire.actors`` (annotation comes before actor resolution);
* ``geowire.store`` imports no stage above it (it holds the SQL every stage and front end share);
* ``geowire.export`` imports no front end (``api``, ``cli``, ``web``);
* the API and UI call typed store functions directly, never looked up by name through ``importlib``;
* SQL lives only in ``geowire.store``: no string literal (or f-string) outside it looks like a SQL
  statement (``SELECT … FROM``, ``INSERT INTO``, ``UPDATE … SET``, ``DELETE FROM``,
  ``CREATE TABLE/VIEW/INDEX``, keywords in capitals as the code writes them); docstrings are
  prose and are not checked;
* no module outside ``geowire.lang`` keeps loaded data in a module-level cache: a module-level
  function decorated with ``lru_cache``/``cache`` must not read package data (``resources.files``,
  ``open``, ``read_text``/``read_bytes``, or a ``load_*``/``shipped_*``/``_load`` loader).  What a loader
  reads is built once by the entry point that needs it and handed down (memoised, where it must
  be, on an object that entry point owns: ``kb.derived(...)``, ``lang.compiled(...)``).

``ALLOWED`` lists what still breaks a rule in areas being fixed in parallel, each with its reason;
it only shrinks, and a stale entry (a module that no longer breaks the rule) fails the test.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "geowire"

# rule → {module: why it is still allowed}; empty these as the owners' branches land
ALLOWED: dict[str, dict[str, str]] = {
    "api-imports-cli": {},
    "nlp-imports-actors": {},
    "importlib-lookup": {},
    "store-imports-stage": {},
    "export-imports-front-end": {},
    "sql-outside-store": {},
    "cached-data-loader": {},
}

_SQL = re.compile(
    r"\bSELECT\b[\s\S]*?\bFROM\b"
    r"|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b"
    r"|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:UNIQUE\s+)?(?:TABLE|VIEW|INDEX)\b"
)


@dataclass(frozen=True)
class Module:
    """One parsed module of the package."""

    name: str
    path: Path
    tree: ast.Module

    @property
    def package(self) -> str:
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


def _modules() -> list[Module]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found.append(Module(name, path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))))
    return found


MODULES = _modules()


def imported(module: Module) -> Iterator[tuple[int, str]]:
    """Every module name ``module`` imports (relative imports resolved), with its line."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.package.split(".")[: len(module.package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # ``from geowire import cli`` imports geowire.cli
                yield node.lineno, f"{target}.{alias.name}"


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def import_violations(source: str, target: str) -> dict[str, list[str]]:
    """Modules of ``source`` importing anything of ``target``: module → ``line: name``."""
    found: dict[str, list[str]] = {}
    for module in MODULES:
        if _within(module.name, source):
            hits = sorted({f"{line}: {name}" for line, name in imported(module) if _within(name, target)})
            if hits:
                found[module.name] = hits
    return found


def _docstrings(tree: ast.Module) -> set[int]:
    nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, nodes)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def string_literals(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Every string constant and f-string (its constant parts, ``{}`` for each value) but docstrings."""
    docs = _docstrings(tree)
    in_fstrings = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield (
                node.lineno,
                "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values),
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docs and id(node) not in in_fstrings:
                yield node.lineno, node.value


def looks_like_sql(text: str) -> bool:
    """Whether a string reads as a SQL statement."""
    return _SQL.search(text) is not None


def sql_violations() -> dict[str, list[str]]:
    """Modules outside ``geowire.store`` holding SQL: module → ``line: text``."""
    found: dict[str, list[str]] = {}
    for module in MODULES:
        if _within(module.name, "geowire.store"):
            continue
        hits = [
            f"{line}: {text[:60]!r}" for line, text in string_literals(module.tree) if looks_like_sql(text)
        ]
        if hits:
            found[module.name] = sorted(set(hits))
    return found


def importlib_violations() -> dict[str, list[str]]:
    """Front-end modules (api, web) that look code up by name through ``importlib``."""
    found: dict[str, list[str]] = {}
    for module in MODULES:
        if not (_within(module.name, "geowire.api") or _within(module.name, "geowire.web")):
            continue
        hits = [
            f"{node.lineno}: {ast.unparse(node.func)}"
            for node in ast.walk(module.tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
        ]
        if hits:
            found[module.name] = hits
    return found


_CACHES = frozenset({"lru_cache", "cache"})
_READERS = frozenset({"open", "read_text", "read_bytes", "files"})


def _cache_decorated(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """``@lru_cache``, ``@lru_cache(...)``, ``@functools.cache`` and the like."""
    for deco in fn.decorator_list:
        target = deco.func if isinstance(deco, ast.Call) else deco
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in _CACHES:
            return True
    return False


def _reads_data(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """The calls in ``fn`` that read package data: a file read or a loader of the package's data."""
    hits = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        bare = name.lstrip("_")  # a private loader too (``_load``)
        if name in _READERS or bare == "load" or bare.startswith(("load_", "shipped_")):
            hits.append(name)
    return hits


def cached_loader_violations(modules: list[Module] | None = None) -> dict[str, list[str]]:
    """Module-level cached functions outside ``geowire.lang`` that read package data:
    module → ``line: function (calls)``."""
    found: dict[str, list[str]] = {}
    for module in MODULES if modules is None else modules:
        if _within(module.name, "geowire.lang"):
            continue
        hits = [
            f"{node.lineno}: {node.name} ({', '.join(sorted(set(reads)))})"
            for node in module.tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and _cache_decorated(node)
            and (reads := _reads_data(node))
        ]
        if hits:
            found[module.name] = hits
    return found


def _check(rule: str, found: dict[str, list[str]]) -> None:
    allowed = ALLOWED[rule]
    unexpected = {m: hits for m, hits in found.items() if m not in allowed}
    assert not unexpected, f"{rule}: {unexpected}"
    stale = sorted(set(allowed) - set(found))
    assert not stale, f"{rule}: allowed but clean now, remove from ALLOWED: {stale}"


def test_layers_api_never_imports_cli() -> None:
    _check("api-imports-cli", import_violations("geowire.api", "geowire.cli"))


def test_layers_nlp_never_imports_actors() -> None:
    _check("nlp-imports-actors", import_violations("geowire.nlp", "geowire.actors"))


_ABOVE_STORE = (
    "actors",
    "api",
    "cli",
    "coding",
    "export",
    "geo",
    "ingest",
    "model",
    "nlp",
    "pipeline",
    "scale",
    "web",
)


def test_layers_store_imports_no_stage() -> None:
    found: dict[str, list[str]] = {}
    for stage in _ABOVE_STORE:
        for module, hits in import_violations("geowire.store", f"geowire.{stage}").items():
            found.setdefault(module, []).extend(hits)
    _check("store-imports-stage", found)


def test_layers_export_imports_no_front_end() -> None:
    found: dict[str, list[str]] = {}
    for front in ("api", "cli", "web"):
        for module, hits in import_violations("geowire.export", f"geowire.{front}").items():
            found.setdefault(module, []).extend(hits)
    _check("export-imports-front-end", found)


def test_layers_views_call_store_functions_directly() -> None:
    _check("importlib-lookup", importlib_violations())


def test_layers_sql_only_in_store() -> None:
    _check("sql-outside-store", sql_violations())


def test_layers_no_module_level_cached_data_loaders() -> None:
    _check("cached-data-loader", cached_loader_violations())


def _parsed(source: str, name: str = "geowire.somewhere") -> Module:
    return Module(name, Path("somewhere.py"), ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        "from functools import lru_cache\n@lru_cache(maxsize=1)\ndef table():\n"
        "    return resources.files('geowire.data').joinpath('x.yaml').read_text()\n",
        "import functools\n@functools.cache\ndef table():\n    return load_yaml(open(PATH).read())\n",
        "from functools import cache\n@cache\ndef kb():\n    return shipped_kb(load_language('en'))\n",
        "@lru_cache(maxsize=1)\ndef codes():\n    return _load('codes.yaml', CodesFile)\n",
    ],
)
def test_layers_cached_loader_detector_finds_loaders(source: str) -> None:
    assert cached_loader_violations([_parsed(source)])


@pytest.mark.parametrize(
    "source",
    [
        # a cached pure function
        "from functools import lru_cache\n@lru_cache(maxsize=64)\ndef rx(words):\n"
        "    return re.compile(words)\n",
        # a loader with no cache: its caller loads it once
        "def table():\n    return resources.files('geowire.data').joinpath('x.yaml').read_text()\n",
        # a cache on an object, not on the module
        "class Kb:\n    @functools.cache\n    def table(self):\n        return load_yaml(open(P).read())\n",
    ],
)
def test_layers_cached_loader_detector_leaves_the_rest_alone(source: str) -> None:
    assert not cached_loader_violations([_parsed(source)])


def test_layers_cached_loader_rule_skips_the_language_pack() -> None:
    source = "@lru_cache\ndef pack():\n    return resources.files('geowire.data').read_text()\n"
    assert not cached_loader_violations([_parsed(source, "geowire.lang.pack")])


@pytest.mark.parametrize(
    "text",
    [
        "SELECT id FROM documents WHERE id = ?",
        "INSERT INTO imported_parts VALUES (?, ?)",
        "UPDATE events SET confidence = ?",
        "DELETE FROM claims WHERE doc_id = ?",
        "CREATE OR REPLACE TEMP TABLE x AS SELECT 1",
        "CREATE INDEX i ON t (c)",
    ],
)
def test_layers_sql_detector_finds_statements(text: str) -> None:
    assert looks_like_sql(text)


@pytest.mark.parametrize(
    "text",
    ["Select a PLOVER category from the list", "update the model", "created the index", "SELECT", "FROM"],
)
def test_layers_sql_detector_leaves_prose_alone(text: str) -> None:
    assert not looks_like_sql(text)


def test_layers_import_parser_sees_every_kind_of_import() -> None:
    source = (
        "import geowire.cli.common\n"
        "from geowire import cli\n"
        "from ..cli import common\n"
        "def f():\n    from geowire.cli.common import to_jsonable\n"
        "if TYPE_CHECKING:\n    from geowire.cli import app\n"
    )
    module = Module("geowire.api.views", PACKAGE / "api" / "views.py", ast.parse(source))
    lines = {line for line, name in imported(module) if _within(name, "geowire.cli")}
    assert lines == {1, 2, 3, 5, 7}


def test_layers_fstring_sql_is_seen() -> None:
    tree = ast.parse(
        'def f(t):\n    """SELECT x FROM docs in a docstring is prose."""\n    return f"SELECT * FROM {t}"\n'
    )
    assert [(line, looks_like_sql(text)) for line, text in string_literals(tree)] == [(3, True)]
