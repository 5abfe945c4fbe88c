"""dossier: a static site generator for news dossiers.

The library core: ``build_dossier`` reads content/ into the model, ``render_pages`` turns the
model into Markdown pages, ``write_pages`` puts them in docs/. The CLI and the MkDocs plugin
are thin sinks over these."""

__version__ = "0.1.0"
# The name dossier is installed by (`pip install dossier-briefing`): "dossier" on the package
# index is an unrelated library. The command and the import name stay `dossier`.
DISTRIBUTION = "dossier-briefing"
