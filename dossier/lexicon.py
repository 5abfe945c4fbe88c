"""Lexicons (data files under dossier/data/), loaded once per process."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

# libyaml's parser when PyYAML has it (ten times faster; the lexicons load in every build).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name: str) -> dict:
    """Load ``dossier/data/<name>.yml`` (cached: lexicons are read-only)."""
    text = resources.files("dossier").joinpath("data").joinpath(f"{name}.yml").read_text("utf-8")
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a safe loader)


@functools.cache
def words(name: str, key: str) -> frozenset:
    """A lexicon's word list as a set (built once: these are looked up in hot loops)."""
    return frozenset(load(name)[key])
