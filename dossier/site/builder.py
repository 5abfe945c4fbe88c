"""Build site/ with MkDocs: beside the old site, then swapped in, so a failed build leaves the
previous site/ intact."""

from __future__ import annotations

import logging
import os
import shutil

from ..config import Project
from ..errors import DossierError


def content_epoch(dates) -> int:
    """A build date taken from the content, not the clock: the newest article date (00:00
    UTC), so the same content gives the same site on any day (sitemap dates, gzip headers)."""
    import calendar

    known = [d for d in dates if d is not None]
    if not known:
        return 0
    newest = max(known, key=lambda d: d.sort_key())
    return calendar.timegm((newest.year, newest.month or 1, newest.day or 1, 0, 0, 0))


def build_site(project: Project, strict: bool = True, epoch: int | None = None,
               offline: bool = False) -> None:
    """Run MkDocs. SOURCE_DATE_EPOCH, when the caller's environment sets it, wins; otherwise
    ``epoch`` stands in for the clock. ``offline``: a site whose links work from file://
    (pages as ``page.html``, offline.py)."""
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
    set_epoch = epoch is not None and "SOURCE_DATE_EPOCH" not in os.environ
    if set_epoch:
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    from . import plugin as mkdocs_plugin
    from ..build.memory import release
    from .search_index import build_search_index

    mkdocs_plugin.DEFER_SEARCH = True
    try:
        overrides = {"use_directory_urls": False} if offline else {}
        config = load_config(str(project.config_file), strict=strict, site_dir=str(staging),
                             **overrides)
        build(config)
        language = str(config.theme.get("language") or "en")
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DossierError(str(project.config_file), f"MkDocs build failed: {exc}") from None
    finally:
        mkdocs_plugin.DEFER_SEARCH = False
        if set_epoch:
            del os.environ["SOURCE_DATE_EPOCH"]
    # The search index, once MkDocs' pages are freed: the two never hold their
    # memory at once.
    del config
    release()
    if offline:
        from .offline import rewrite_links

        rewrite_links(staging)
    problem = build_search_index(staging, language)
    if problem:
        logging.getLogger("mkdocs.plugins.dossier").warning(problem)
        if strict:
            shutil.rmtree(staging, ignore_errors=True)
            raise DossierError(str(project.config_file), problem)
    shutil.rmtree(previous, ignore_errors=True)
    if site_dir.exists():
        os.replace(site_dir, previous)
    os.replace(staging, site_dir)
    shutil.rmtree(previous, ignore_errors=True)
