"""Where a dossier project keeps its parts, read from its mkdocs.yml where it says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import DossierError, NotAProject


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !ENV or !!python/name: read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class Project:
    root: Path
    content_dir: Path
    docs_dir: Path
    site_dir: Path
    config_file: Path
    title: str
    language: str

    @property
    def intro_file(self) -> Path:
        return self.content_dir / "index.md"


def load_project(root: Path | str = ".", content_dir: Path | str | None = None) -> Project:
    """The project at ``root``: its mkdocs.yml gives site_name, docs_dir, site_dir and the
    theme language; content/ sits beside it unless ``content_dir`` says otherwise."""
    root = Path(root).resolve()
    config_file = root / "mkdocs.yml"
    cfg: dict = {}
    if config_file.exists():
        try:
            cfg = yaml.load(config_file.read_text("utf-8"), Loader=_Loader) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise DossierError(str(config_file), f"is not valid YAML: {exc}",
                               mark.line + 1 if mark else None) from None
        if not isinstance(cfg, dict):
            raise DossierError(str(config_file), "must be a mapping of settings")
    theme = cfg.get("theme") if isinstance(cfg.get("theme"), dict) else {}
    language = str(theme.get("language") or "pl")
    content = Path(content_dir).resolve() if content_dir else root / "content"
    return Project(
        root=root,
        content_dir=content,
        docs_dir=(root / str(cfg.get("docs_dir") or "docs")).resolve(),
        site_dir=(root / str(cfg.get("site_dir") or "site")).resolve(),
        config_file=config_file,
        title=str(cfg.get("site_name") or "Dossier"),
        language=language,
    )


def _plugin_names(cfg: dict) -> set[str]:
    plugins = cfg.get("plugins")
    if isinstance(plugins, dict):
        return {str(k) for k in plugins}
    if isinstance(plugins, list):
        return {str(next(iter(p))) if isinstance(p, dict) and p else str(p) for p in plugins}
    return set()


def require_project(root: Path | str = ".", content_dir: Path | str | None = None) -> Project:
    """load_project for the commands that build from a project: refuses, before anything is
    written, a folder that does not exist or holds no dossier project (a mkdocs.yml that uses
    the dossier plugin), and says how to start one."""
    path = Path(root)
    if not path.is_dir():
        raise NotAProject(str(root), "no such folder (--project names the folder that holds "
                          "the dossier's mkdocs.yml)")
    config_file = path.resolve() / "mkdocs.yml"
    if not config_file.is_file():
        raise NotAProject(str(path.resolve()), "is not a dossier project (it has no mkdocs.yml); "
                          "start one with `dossier init FOLDER`, or point at one with "
                          "--project FOLDER")
    project = load_project(path, content_dir)
    cfg = yaml.load(config_file.read_text("utf-8"), Loader=_Loader) or {}
    if "dossier" not in _plugin_names(cfg):
        raise NotAProject(str(config_file), "does not use the dossier plugin (add `- dossier` "
                          "under `plugins:`), so this is a plain MkDocs project; start a dossier "
                          "with `dossier init FOLDER`")
    return project
