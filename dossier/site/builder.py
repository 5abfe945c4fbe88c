"""Build site/ with MkDocs: beside the old site, then swapped in, so a failed build leaves the
previous site/ intact.

The new site starts as the old one's files linked (not copied) into the folder being built,
when the last build left its content keys (keys.py): MkDocs then runs a dirty build that
makes only the files whose key changed, each unlinked before it is written, so the live site
is never written into; what the old site had and the new one has not is removed. The site
such a build replaces is kept beside (.site-previous): the next build starts from it,
linking only the files that differ (_seed)."""

from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..build.cache import CACHE_DIR
from ..config import Project
from ..errors import DossierError
from .keys import load_keys, save_keys
from .plugin import SiteReport, SiteSettings


def content_epoch(dates) -> int:
    """A build date taken from the content, not the clock: the newest article date (00:00
    UTC), so the same content gives the same site on any day (sitemap dates, gzip headers)."""
    import calendar

    known = [d for d in dates if d is not None]
    if not known:
        return 0
    newest = max(known, key=lambda d: d.sort_key())
    return calendar.timegm((newest.year, newest.month or 1, newest.day or 1, 0, 0, 0))


def keys_file(project: Project) -> Path:
    return project.root / CACHE_DIR / f"site-keys-{project.site_dir.name}.pickle"


def search_cache_file(project: Project) -> Path:
    return project.root / CACHE_DIR / f"search-{project.site_dir.name}.pickle"


class _DirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build may leave the nav and links wrong: here every file
    whose content it depends on is made again (keys.py), so the warning, which would fail a
    strict build, is left out."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


@contextmanager
def _dirty_build_quiet():
    logger = logging.getLogger("mkdocs.commands.build")
    notice = _DirtyNotice()
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


def _seed(site_dir: Path, staging: Path, previous: Path) -> bool:
    """The live site's files linked into ``staging`` (a copy where links are not possible);
    False when there is no site to start from. The site the last build replaced, kept
    beside (``previous``), becomes ``staging``, made the live site's twin by linking only
    what differs: creating and removing the links of every file (7,000 at 1,000 articles)
    each build cost seconds of waiting on the disk."""
    if not site_dir.is_dir():
        return False
    if previous.is_dir():
        os.replace(previous, staging)
        _mirror(str(site_dir), str(staging))
        return True
    # The search index's files too: search_index.py writes only those that change.
    shutil.copytree(site_dir, staging, copy_function=_link, symlinks=True)
    return True


def _link(src, dst) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _remove(entry: os.DirEntry) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path)
    else:
        os.unlink(entry.path)


def _same(entry: os.DirEntry, old: os.DirEntry) -> bool:
    """Whether ``old`` is ``entry`` already: the same file (a link to it), or a symbolic
    link to the same place."""
    if entry.is_symlink() or old.is_symlink():
        return entry.is_symlink() and old.is_symlink() and \
            os.readlink(entry.path) == os.readlink(old.path)
    return old.is_file(follow_symlinks=False) and old.inode() == entry.inode()


def _mirror(src: str, dst: str) -> None:
    """Make the tree ``dst`` what copytree(src, dst, copy_function=_link) would make of it:
    what is already a link to the same file is left, the rest linked or removed."""
    have = {entry.name: entry for entry in os.scandir(dst)}
    for entry in os.scandir(src):
        old = have.pop(entry.name, None)
        target = os.path.join(dst, entry.name)
        if entry.is_dir(follow_symlinks=False):
            if old is not None and (old.is_symlink() or not old.is_dir()):
                _remove(old)
                old = None
            if old is None:
                os.mkdir(target)
            _mirror(entry.path, target)
            continue
        if old is not None:
            if _same(entry, old):
                continue
            _remove(old)
        if entry.is_symlink():
            os.symlink(os.readlink(entry.path), target)
        else:
            _link(entry.path, target)
    for old in have.values():
        _remove(old)


def _mkdocs_logger() -> None:
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def _run_mkdocs(project: Project, staging: Path, strict: bool, offline: bool,
                settings: SiteSettings) -> tuple[str, SiteReport, object, dict]:
    """MkDocs' build into ``staging`` (a dirty build when ``settings.previous`` holds the
    last build's keys): the site's language, what the build did, this build's keys, and
    what the workers that built pages took of them for the search index."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        overrides = {"use_directory_urls": False} if offline else {}
        config = load_config(str(project.config_file), strict=strict, site_dir=str(staging),
                             **overrides)
        plugin = config.plugins.get("dossier")
        if plugin is not None:
            plugin.settings = settings
        with _dirty_build_quiet():
            build(config, dirty=settings.previous is not None and plugin is not None)
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DossierError(str(project.config_file), f"MkDocs build failed: {exc}") from None
    language = str(config.theme.get("language") or "en")
    if plugin is None:
        return language, SiteReport(), None, {}
    records, plugin.search_records = plugin.search_records, {}
    return language, plugin.report, plugin.keys, records


def build_site(project: Project, strict: bool = True, epoch: int | None = None,
               offline: bool = False, settings: SiteSettings | None = None,
               reuse: bool = True) -> SiteReport:
    """Run MkDocs. SOURCE_DATE_EPOCH, when the caller's environment sets it, wins; otherwise
    ``epoch`` stands in for the clock. ``offline``: a site whose links work from file://
    (pages as ``page.html``, offline.py; always built whole). ``reuse``: start from the
    last site where its keys allow (else every file is made)."""
    from ..build.memory import release
    from .search_index import build_search_index

    site_dir = project.site_dir
    staging = site_dir.with_name(f".{site_dir.name}-building")
    previous_site = site_dir.with_name(f".{site_dir.name}-previous")
    shutil.rmtree(staging, ignore_errors=True)
    _mkdocs_logger()
    set_epoch = epoch is not None and "SOURCE_DATE_EPOCH" not in os.environ
    if set_epoch:
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    keys = None if offline or not reuse else load_keys(keys_file(project))
    if keys is not None and not _seed(site_dir, staging, previous_site):
        keys = None
    # Offline, links are rewritten after MkDocs (offline.py): the pages are read after that.
    settings = replace(settings or SiteSettings(generate=False), defer_search=True,
                       keys=not offline, previous=keys, index_in_workers=not offline)
    try:
        language, report, new_keys, records = _run_mkdocs(project, staging, strict, offline,
                                                          settings)
    finally:
        if set_epoch:
            del os.environ["SOURCE_DATE_EPOCH"]
    release()  # MkDocs' pages are freed: the search index never holds memory beside them
    if offline:
        from .offline import rewrite_links

        rewrite_links(staging)
    problem = build_search_index(staging, language, built=records,
                                 cache_file=None if offline else search_cache_file(project))
    del records
    if problem:
        logging.getLogger("mkdocs.plugins.dossier").warning(problem)
        if strict:
            shutil.rmtree(staging, ignore_errors=True)
            raise DossierError(str(project.config_file), problem)
    shutil.rmtree(previous_site, ignore_errors=True)
    if site_dir.exists():
        os.replace(site_dir, previous_site)
    os.replace(staging, site_dir)
    if keys is None:
        # Not the live site's twin but for the files this build changed: not kept.
        shutil.rmtree(previous_site, ignore_errors=True)
    if new_keys is not None:
        save_keys(keys_file(project), new_keys)
    elif not offline:
        keys_file(project).unlink(missing_ok=True)
    return report
