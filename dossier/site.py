"""Build site/ with MkDocs: beside the old site, then swapped in, so a failed build leaves the
previous site/ intact."""

from __future__ import annotations

import logging
import os
import shutil

from .config import Project
from .errors import DossierError


def build_site(project: Project, strict: bool = True) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site_dir = project.site_dir
    staging = site_dir.with_name(f".{site_dir.name}-building")
    previous = site_dir.with_name(f".{site_dir.name}-previous")
    shutil.rmtree(staging, ignore_errors=True)
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
    try:
        config = load_config(str(project.config_file), strict=strict, site_dir=str(staging))
        build(config)
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DossierError(str(project.config_file), f"MkDocs build failed: {exc}") from None
    shutil.rmtree(previous, ignore_errors=True)
    if site_dir.exists():
        os.replace(site_dir, previous)
    os.replace(staging, site_dir)
    shutil.rmtree(previous, ignore_errors=True)
