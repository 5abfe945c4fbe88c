"""The pipeline: ingest -> extract -> link -> emit. Gathers everything before writing anything."""

from __future__ import annotations

from .config import Project
from .emit import Page, render_pages
from .extract.mentions import extract_mentions
from .ingest import ingest
from .link import link_actors
from .link.curation import load_curation
from .model import Dossier


def build_dossier(project: Project) -> Dossier:
    """Read content/ into the model. Never raises for a bad article: it becomes a diagnostic."""
    articles, diagnostics = ingest(project.content_dir, project.language)
    extractions = [extract_mentions(a) for a in articles]
    curation, problems = load_curation(project.content_dir)
    diagnostics += problems
    actors, problems = link_actors(articles, extractions, curation)
    diagnostics += problems
    return Dossier(title=project.title, language=project.language, articles=articles,
                   actors=actors, diagnostics=diagnostics)


def read_intro(project: Project) -> str | None:
    """The editor's own introduction for the home page (content/index.md), if any."""
    try:
        return project.intro_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def generate(project: Project) -> tuple[Dossier, list[Page]]:
    dossier = build_dossier(project)
    return dossier, render_pages(dossier, read_intro(project))
