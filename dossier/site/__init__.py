"""The site: everything that knows MkDocs. `plugin` is the MkDocs plugin, `parallel` renders
pages in worker processes, `builder` runs MkDocs into site/, `search_index` writes the
reader's search, `assets/` the scripts every site carries."""
