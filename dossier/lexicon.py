"""Lexicons (data files under dossier/data/), loaded once per process."""

from __future__ import annotations

import functools
from importlib import resources

import yaml


@functools.cache
def load(name: str) -> dict:
    """Load ``dossier/data/<name>.yml`` (cached: lexicons are read-only)."""
    text = resources.files("dossier").joinpath("data").joinpath(f"{name}.yml").read_text("utf-8")
    return yaml.safe_load(text)


@functools.cache
def words(name: str, key: str) -> frozenset:
    """A lexicon's word list as a set (built once: these are looked up in hot loops)."""
    return frozenset(load(name)[key])
