"""Work done only where needed must not change the output: a cached, parallel build gives
the same pages and export, byte for byte, as a cold serial one."""

import shutil

from dossier import emit
from dossier.build import pipeline
from dossier.config import load_project
from dossier.emit import render_pages
from dossier.export import dumps

from conftest import ROOT, write


def _outputs(project, **kwargs):
    dossier = pipeline.build_dossier(load_project(project), **kwargs)
    pages = render_pages(dossier, workers=kwargs.get("workers"))
    return dumps(dossier), {p.path: p.text for p in pages}


def test_cached_parallel_equals_cold_serial(tmp_path, monkeypatch):
    project = tmp_path / "p"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for i in range(12):  # enough articles for the worker pool below
        write(project / "content" / f"extra-{i:02d}.txt",
              f" date 2022-01-0{i % 9 + 1} Prezydent Andrzej Duda spotkał się w Warszawie z "
              f"premierem Mateuszem Morawieckim ({i}). W czwartek rozmawiali o Kazachstanie.")
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)
    monkeypatch.setattr(emit, "PARALLEL_PAGES", 4)  # pages rendered in 2 processes too
    monkeypatch.setattr(emit, "_CHUNK", 3)
    cold = _outputs(project, workers=1, use_cache=False)
    assert not (project / ".dossier-cache").exists()
    parallel = _outputs(project, workers=2, use_cache=True)  # fills the cache, in 2 processes
    cached = _outputs(project, workers=2, use_cache=True)  # reads it back
    assert (project / ".dossier-cache").exists()
    assert parallel == cold
    assert cached == cold


def test_cache_is_invalidated_by_a_changed_article(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(ROOT / "content", project / "content")
    first, _ = _outputs(project)
    path = project / "content" / "000_fa6e131e1ecad4e0.txt"
    path.write_text(path.read_text("utf-8").replace("Kreml", "Pałac Akorda"), "utf-8")
    second, _ = _outputs(project)
    assert "Kreml" in first and "Kreml" not in second.split('"actors"')[1].split('"events"')[0]


def _pid(_data, _task):
    import os

    return os.getpid()


def test_work_is_forked_only_from_a_single_threaded_process():
    """Under `dossier serve` the preview server's threads run: a fork would copy a lock one
    of them holds, locked for good. The tasks then run in this process."""
    import os
    import threading

    from dossier.workers import forked_map

    assert set(forked_map(_pid, list(range(8)), None, 2)) - {os.getpid()}  # workers
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert set(forked_map(_pid, list(range(8)), None, 2)) == {os.getpid()}
    finally:
        stop.set()
        server.join()
