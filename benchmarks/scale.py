"""Scale: build a dossier of N real articles and print where the time and memory go.

Articles come from ../shared/corpora: slavicner_pl, then poleval2018_ner, then bbc_news_en;
beyond their ~4,000 texts they repeat with deterministic variations (paragraphs rotated, a
numbered line added) so that each copy is a new text and extraction still has work to do.

For each N: time per stage (ingest, extract, link, emit, write, MkDocs), articles per second
for dossier's own stages, peak memory, pages, site size, the bytes a reader's browser
downloads to answer one search query, and the share of dossier's own stages in the build.
Then the time of `dossier build --no-site` after an edit of one article: one that names no one
new, one that names someone the dossier does not know (both link nothing again), and one that
names "Jan Kowalski", whom a dossier may know (the 2,000-article one does, from one article:
his mention joins him).

Run: .venv/bin/python benchmarks/scale.py [--n 500 2000 10000] [--no-site] [--workers N]
Each N runs in a fresh process, so its peak memory is its own."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import CORPORA, poleval_docs, slavicner_docs  # noqa: E402


def corpus_texts():
    """(name, text) of every corpus article, in a fixed order; slavicner with its date."""
    dates = {}
    meta = CORPORA / "slavicner_pl" / "meta.tsv"
    if meta.exists():
        for line in meta.read_text("utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) > 3:
                dates[f"{parts[0]}/{Path(parts[1]).stem}"] = parts[3]
    for doc_id, text, _ in slavicner_docs():
        date = dates.get(doc_id)
        header = f" date {date} " if date else ""
        yield "s-" + doc_id.replace("/", "-"), header + text
    for doc_id, text, _ in poleval_docs():
        yield f"p-{doc_id}", text
    for path in sorted((CORPORA / "bbc_news_en").glob("*/*.txt")):
        yield f"b-{path.parent.name}-{path.stem}", path.read_text("utf-8", errors="replace")


def variation(text: str, k: int) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    if len(paras) > 2:
        r = k % (len(paras) - 1) + 1
        paras = paras[:1] + paras[1:][r - 1:] + paras[1:][:r - 1]
    return "\n\n".join(paras) + f"\n\nWersja {k}: tekst powtórzony w teście skali."


def make_project(dest: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from sitetools import copy_project

    texts = list(corpus_texts())
    copy_project(ROOT, dest, content=False)
    content = dest / "content"
    content.mkdir()
    for i in range(n):
        name, text = texts[i % len(texts)]
        k = i // len(texts)
        if k:
            name, text = f"{name}-v{k}", variation(text, k)
        (content / f"{name}.txt").write_text(text, "utf-8")


def extracted(n: int, prefix: str):
    """A dossier of ``n`` corpus articles (make_project, in a new temporary folder), read
    and extracted: its articles, their extractions and each article's language."""
    from dossier.build.cache import ExtractionCache
    from dossier.config import load_project
    from dossier.ingest import ingest
    from dossier.build.pipeline import extract_all

    work = Path(tempfile.mkdtemp(prefix=prefix))
    make_project(work / "project", n)
    project = load_project(work / "project")
    articles, _ = ingest(project.content_dir, project.language, None, {})
    results = extract_all(articles, None, ExtractionCache(project.root))
    articles = [a for a, _, _ in results]
    return articles, [e for _, _, e in results], {a.id: a.language for a in articles}


def articles_naming(extractions) -> dict[tuple, set[str]]:
    """Each name (token sequence) of the extractions, and the articles naming it."""
    out: dict[tuple, set[str]] = {}
    for ex in extractions:
        for m in ex.mentions:
            out.setdefault(m.tokens, set()).add(ex.article)
    return out


def dir_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def search_download(site: Path, query: str) -> int:
    """Bytes a reader's browser fetches from /dossier-search/ to answer ``query`` and show the
    first page of results, measured in headless Chromium against the built site. Returns -1
    when no browser is available."""
    import shutil as _shutil

    browser = _shutil.which("chromium") or _shutil.which("chromium-browser")
    if browser is None:
        return -1
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright
    from sitetools import Server

    server = Server(site)
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=browser, args=["--no-sandbox"])
            page = b.new_page()
            fetched = []
            page.on("response", lambda r: fetched.append(
                len(r.body()) if "/dossier-search/" in r.url and r.ok else 0))
            page.goto(server.url)
            page.fill(".dossier-search__input", query)
            page.wait_for_selector(".dossier-search__link", timeout=60000)
            page.wait_for_timeout(1500)
            b.close()
    finally:
        server.close()
    return sum(fetched)


# People an editor's remark may name, with the stems that show whether a dossier knows them
# (the first one it does not know is taken: "Jan Kowalski" is in the 2,000-article dossier).
NEW_PEOPLE = (("Bożydarem Wąchockim", ("Bożydar", "Wąchock")),
              ("Gościsławą Przybyłowicz", ("Gościsław", "Przybyłowicz")),
              ("Radogostem Żerebeckim", ("Radogost", "Żerebeck")))
KNOWN_PERSON = "Janem Kowalskim"


def someone_new(content: Path) -> str:
    texts = [p.read_text("utf-8") for p in sorted(content.glob("*.txt"))]
    for name, stems in NEW_PEOPLE:
        if not any(stem in text for text in texts for stem in stems):
            return name
    raise RuntimeError("every candidate name is in the dossier")


def edit_article(path: Path, names: str | None) -> None:
    """An editor's edit in the middle of an article: a remark that names no one (every later
    mention moves), or a sentence that names ``names``."""
    text = path.read_text("utf-8")
    middle = text.find("\n\n", len(text) // 2)
    middle = middle if middle > 0 else len(text)
    insert = f"\n\nRedakcja rozmawiała o tym z {names}." if names else " (dopisek redakcji)"
    path.write_text(text[:middle] + insert + text[middle:], "utf-8")


def plain_mkdocs(project_dir: Path) -> float:
    """Seconds of plain MkDocs with mkdocs-material and its own search (no dossier plugin) on
    the pages dossier generated, in a fresh process: what the site would cost without
    dossier's own site code."""
    config = project_dir / "mkdocs.yml"
    plain = project_dir / "mkdocs-plain.yml"
    text = config.read_text("utf-8").replace("  - dossier\n", "  - search\n")
    plain.write_text(text, "utf-8")
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain),
                          "-d", str(project_dir / "site-plain")], capture_output=True,
                         text=True, cwd=project_dir)
    seconds = time.perf_counter() - t0
    plain.unlink()
    shutil.rmtree(project_dir / "site-plain", ignore_errors=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return seconds


def timed_cli_build(project_dir: Path, site: bool = False) -> dict:
    """`dossier build --no-site` (or with ``site``, the whole `dossier build`) in a fresh
    process, as an editor runs it: its wall time (interpreter start and imports included)
    and the stages it reports."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "dossier", "build", "--verbose",
                          "--project", str(project_dir)] + ([] if site else ["--no-site"]),
                         capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    stages = {}
    for line in out.stderr.splitlines():
        if line.startswith("stages: "):
            for part in line[len("stages: "):].split(", "):
                name, seconds, _ = part.split()
                stages[name] = float(seconds)
    written = next((int(line.split()[1]) for line in out.stderr.splitlines()
                    if line.startswith("docs: ")), -1)
    made = next((int(line.split()[1]) for line in out.stderr.splitlines()
                 if line.startswith("site: ") and "pages made" in line), -1)
    return {"wall": wall, "stages": stages, "own": sum(stages.values()), "written": written,
            "made": made}


class MachineMemory:
    """The most memory the machine had in use between start() and stop(), above what it had
    in use before (MemTotal - MemAvailable, sampled): the build's processes together (the parent
    and its workers, each counted once: pages a forked worker shares with its parent are
    not counted twice, as adding their peak RSS would).

    The sampler is a process of its own, not a thread: the build forks its MkDocs workers
    only from a single-threaded process (mkdocs_parallel.usable), so a sampling thread
    would measure a build without them."""

    def __init__(self, every: float = 0.2):
        self.every, self.peak, self._process = every, 0, None

    @staticmethod
    def used() -> int:
        info = {}
        with open("/proc/meminfo") as fh:
            for line in fh:
                key, value = line.split(":", 1)
                info[key] = int(value.split()[0]) * 1024
        return info["MemTotal"] - info["MemAvailable"]

    def start(self) -> MachineMemory:
        # Prints the highest reading above the first when its standard input closes.
        code = ("import sys, select, time\n"
                f"from scale import MachineMemory as M\n"
                "base = peak = M.used()\n"
                f"while not select.select([sys.stdin], [], [], {self.every})[0]:\n"
                "    peak = max(peak, M.used())\n"
                "print(max(peak, M.used()) - base, flush=True)\n")
        self._process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True,
                                         cwd=str(Path(__file__).resolve().parent))
        return self

    def stop(self) -> None:
        if self._process is None:
            return  # measured already
        out, _ = self._process.communicate("")
        self._process = None
        self.peak = int(out.strip() or 0)


def run_one(n: int, with_site: bool, workers: int | None) -> dict:
    from dossier.build import pipeline
    from dossier.config import load_project
    from dossier.site.builder import build_site, content_epoch

    work = Path(tempfile.mkdtemp(prefix=f"dossier-scale-{n}-"))
    project_dir = work / "project"
    make_project(project_dir, n)
    project = load_project(project_dir)
    stats: dict[str, float] = {}
    # What `dossier build` does before MkDocs, cold (no cache, no state).
    memory = MachineMemory().start() if os.path.exists("/proc/meminfo") else None
    t0 = time.perf_counter()
    generated = pipeline.generate(project, stats=stats, workers=workers)
    pipeline.write_generated(project, generated, stats)
    t1 = time.perf_counter()
    dossier, pages = generated.dossier, generated.pages
    result = {"n": n, "articles": len(dossier.articles), "actors": len(dossier.actors),
              "events": len(dossier.events), "pages": len(pages),
              "ingest": stats.get("ingest", 0), "extract": stats.get("extract", 0),
              "link": stats.get("link", 0), "emit": stats.get("emit", 0),
              "write": stats.get("write", 0) + stats.get("state", 0), "own": t1 - t0}
    epoch = content_epoch(a.date for a in dossier.articles)
    top = max(dossier.actors, key=lambda a: (len(a.mentions), a.id))
    # As `dossier build` does: the model goes, and its memory back to the system, before
    # MkDocs runs.
    del generated, dossier, pages
    from dossier.build.memory import release

    release()
    result["peak_own_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if with_site:
        t4 = time.perf_counter()
        build_site(project, strict=True, epoch=epoch)
        result["mkdocs"] = time.perf_counter() - t4
        if memory is not None:  # before the browser starts
            memory.stop()
        result["site_files"], result["site_bytes"] = dir_size(project.site_dir)
        result["plain_mkdocs"] = plain_mkdocs(project_dir)
        result["search_query"] = top.name.split()[-1]
        result["search_bytes"] = search_download(project.site_dir, result["search_query"])
    if memory is not None:
        memory.stop()  # a second stop (the site was built) changes nothing
        result["machine_mb"] = memory.peak / 2**20
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The worker processes (extraction, pages, Markdown conversion): the largest one.
    result["peak_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # Edit one article, then `dossier build --no-site` as the editor would run it.
    victims = sorted(project.content_dir.glob("*.txt"))
    time.sleep(2.1)  # let the cold build's files age past the racy-timestamp window
    # A build with nothing changed first: an editor's dossier was built before (and its files
    # were not written a moment before it, which makes the first rebuild compare bytes).
    result["noop"] = timed_cli_build(project_dir)
    edit_article(victims[n // 2], None)
    result["edit"] = timed_cli_build(project_dir)
    edit_article(victims[n // 3], someone_new(project.content_dir))
    result["edit_name"] = timed_cli_build(project_dir)
    # A person the dossier may know already (in the 2,000-article one, from one article).
    edit_article(victims[n // 4], KNOWN_PERSON)
    result["edit_known"] = timed_cli_build(project_dir)
    if with_site:
        # The whole `dossier build` (the site too) once more, to start from this state; then
        # after editing one article and removing another.
        timed_cli_build(project_dir, site=True)
        edit_article(victims[n // 5], None)
        victims[2 * n // 3].unlink()
        result["edit_remove"] = timed_cli_build(project_dir, site=True)
    shutil.rmtree(work, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--no-site", action="store_true", help="skip the MkDocs build")
    parser.add_argument("--workers", type=int, help="extraction processes (default: cores)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, not args.no_site, args.workers)))
        return
    for n in args.n:
        cmd = [sys.executable, __file__, "--one", str(n)]
        if args.no_site:
            cmd.append("--no-site")
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        out = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        if out.returncode != 0:
            print(f"N={n}: failed\n{out.stderr[-2000:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        own = r["own"]
        line = (f"N={r['n']:>6}: {r['articles']} articles, {r['actors']} actors, "
                f"{r['events']} events, {r['pages']} pages\n"
                f"  ingest {r['ingest']:.1f} s, extract {r['extract']:.1f} s, "
                f"link {r['link']:.1f} s, emit {r['emit']:.1f} s, write {r['write']:.1f} s "
                f"-> own stages {own:.1f} s = {r['articles'] / own:.0f} articles/s")
        if "mkdocs" in r:
            total = own + r["mkdocs"]
            line += (f"\n  MkDocs {r['mkdocs']:.1f} s; full build {total:.1f} s "
                     f"(own stages {100 * own / total:.0f}% of it); site "
                     f"{r['site_files']} files, {r['site_bytes'] / 1e6:.1f} MB; "
                     f"one search query ({r['search_query']!r}) downloads "
                     f"{r['search_bytes'] / 1e3:.0f} KB")
        for key, what in (("noop", "no change"), ("edit", "an edit naming no one new"),
                          ("edit_name", "an edit naming someone new"),
                          ("edit_known", "an edit naming someone the dossier may know")):
            e = r[key]
            stages = ", ".join(f"{k} {v:.2f}" for k, v in e["stages"].items())
            line += (f"\n  after {what}: `dossier build --no-site` own stages "
                     f"{e['own']:.2f} s ({stages}), process {e['wall']:.2f} s, "
                     f"{e['written']} pages written")
        if "plain_mkdocs" in r:
            total = own + r["mkdocs"]
            line += (f"\n  plain MkDocs + mkdocs-material (its own search, no dossier plugin) on "
                     f"the same pages: {r['plain_mkdocs']:.1f} s; cold `dossier build` "
                     f"{total:.1f} s = {total / r['plain_mkdocs']:.2f} x plain MkDocs")
        if "edit_remove" in r:
            e, total = r["edit_remove"], own + r["mkdocs"]
            line += (f"\n  after editing one article and removing another: the whole "
                     f"`dossier build` {e['wall']:.1f} s (process), {e['made']} pages made "
                     f"by MkDocs = {100 * e['wall'] / total:.0f}% of the cold build")
        line += (f"\n  peak memory: {r['peak_own_mb']:.0f} MB after dossier's own stages, "
                 f"{r['peak_mb']:.0f} MB with MkDocs (one process); largest worker "
                 f"{r['peak_child_mb']:.0f} MB (RSS, with the pages it shares with its "
                 f"parent); the machine's memory in use rose by at most "
                 f"{r.get('machine_mb', -1):.0f} MB during the build")
        print(line, flush=True)


if __name__ == "__main__":
    main()
