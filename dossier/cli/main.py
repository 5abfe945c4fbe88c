"""dossier turns a folder of news articles into a searchable briefing site: a page per
article, a profile per person, organisation and place under its canonical name, a timeline of
dated events, quotes with their speakers and a network of who appears with whom.

Start with `dossier init FOLDER`, put articles into FOLDER/content/, then run `dossier build`
(or `dossier serve` for a live preview) in FOLDER."""

# The command line: parse arguments, call the library, turn problems into messages and exit
# codes (1: a problem with the content or the build; 2: a command called wrongly or outside a
# project). Its docstring is what `dossier --help` prints.

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .. import __version__
from ..config import load_project, require_project
from ..errors import DossierError

# Material for MkDocs prints an end-of-life banner when it runs under the `mkdocs` command
# (its own check of sys.argv): dossier says what that means in its README instead, once, and
# keeps the build's output to its own summary.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _configure_logging(args) -> None:
    """MkDocs' messages: warnings by default, its progress too with -v, errors only with -q.
    The logger itself stays at WARNING or below: MkDocs' strict mode counts the warnings
    that reach it, so -q quiets the handler, not the logger."""
    import logging

    logger = logging.getLogger("mkdocs")
    handler = next((h for h in logger.handlers if getattr(h, "dossier", False)), None)
    if handler is None:
        handler = logging.StreamHandler()
        handler.dossier = True
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    verbose, quiet = getattr(args, "verbose", False), getattr(args, "quiet", False)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    handler.setLevel(logging.ERROR if quiet else logging.NOTSET)


def _print_diagnostics(diagnostics, quiet: bool) -> None:
    for d in diagnostics:
        if not quiet or d.level == "error":
            print(str(d), file=sys.stderr)


def cmd_build(args) -> int:
    from ..build.pipeline import generate, write_generated
    from ..build import verify
    from ..build.memory import release
    from ..site.builder import build_site, content_epoch

    from .progress import Progress

    started = time.perf_counter()
    project = require_project(args.project)
    _configure_logging(args)
    stats: dict = {}
    generated = generate(project, Progress(enabled=False if args.quiet else None), stats)
    dossier = generated.dossier
    report = write_generated(project, generated, stats)
    if args.verbose:
        print("stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in stats.items()),
              file=sys.stderr)
    diagnostics = dossier.diagnostics + report.diagnostics
    _print_diagnostics(diagnostics, args.quiet)
    if not args.quiet:
        print(f"docs: {len(report.written)} written, {len(report.unchanged)} unchanged, "
              f"{len(report.pruned)} pruned", file=sys.stderr)
    if args.strict and diagnostics:
        print(f"error: {len(diagnostics)} problem(s) and --strict: site not built",
              file=sys.stderr)
        return 1
    kinds = {k: sum(1 for a in dossier.actors if a.kind == k)
             for k in ("person", "organization", "place")}
    summary = (f"built {len(dossier.articles)} articles: {len(dossier.actors)} actors "
               f"({kinds['person']} people, {kinds['organization']} organisations, "
               f"{kinds['place']} places), {len(dossier.events)} events, "
               f"{len(dossier.quotes)} quotes; {len(diagnostics)} warning(s)")
    epoch = content_epoch(a.date for a in dossier.articles)
    # MkDocs needs none of the model: let it go, so the two never take memory at once.
    del generated, dossier, report
    release()
    if not args.no_site:
        site = build_site(project, strict=True, epoch=epoch,
                          offline=getattr(args, "offline", False))
        if args.verbose:
            print(f"site: {site.made} pages made, {site.reused} files kept from the last "
                  f"build, {len(site.removed)} removed", file=sys.stderr)
    if verify.requested():
        different = verify.differences(project, with_site=not args.no_site, main=main)
        if different:
            print(f"error: {verify.VARIABLE}: the build differs from a cold build of the same "
                  f"content in {len(different)} file(s): " + ", ".join(different[:20]),
                  file=sys.stderr)
            return 1
        if not args.quiet:
            print(f"{verify.VARIABLE}: the same as a cold build, file for file", file=sys.stderr)
    if not args.quiet:
        print(f"{summary}; {time.perf_counter() - started:.1f} s", file=sys.stderr)
        if args.no_site:
            print(f"pages: {project.docs_dir} (no site built: --no-site)", file=sys.stderr)
        else:
            print(f"site: {project.site_dir} (preview it with `dossier serve`, publish it with "
                  "`dossier deploy` or the GitHub Pages workflow)", file=sys.stderr)
    return 0


def cmd_pack(args) -> int:
    """Build the offline site, then zip it (pack.py)."""
    from .pack import write_zip

    project = require_project(args.project)
    args.offline, args.no_site = True, False
    code = cmd_build(args)
    if code != 0:
        return code
    out = Path(args.output) if args.output else project.site_dir.with_suffix(".zip")
    if out.resolve().is_relative_to(project.site_dir):
        raise DossierError(str(out), "the zip cannot be written inside the site it holds")
    if not out.parent.is_dir():
        raise DossierError(str(out), "its folder does not exist")
    count = write_zip(project.site_dir, out, project.root.name)
    if not args.quiet:
        print(f"packed {count} files into {out}: unzip it anywhere and open "
              f"{project.root.name}/index.html in a browser", file=sys.stderr)
    return 0


def cmd_add(args) -> int:
    from .add import add

    project = require_project(args.project)
    written, skipped = add([Path(p) for p in args.sources], project.content_dir)
    for path in written:
        if not args.quiet:
            print(f"added {path.relative_to(project.root)}")
    for message in skipped:
        print(f"skipped {message}", file=sys.stderr)
    if not args.quiet:
        print(f"{len(written)} article(s) added; run `dossier build`", file=sys.stderr)
    return 0 if written or not skipped else 1


def cmd_deploy(args) -> int:
    """Build, then push site/ to the gh-pages branch with `mkdocs gh-deploy`."""
    from mkdocs.commands.gh_deploy import gh_deploy
    from mkdocs.config import load_config

    project = require_project(args.project)
    code = cmd_build(args)
    if code != 0:
        return code
    config = load_config(str(project.config_file), site_dir=str(project.site_dir),
                         remote_branch=args.remote_branch, remote_name=args.remote_name)
    # gh-deploy runs git in the working directory: the project's repository.
    here = os.getcwd()
    os.chdir(project.root)
    try:
        gh_deploy(config, message=args.message, force=args.force)
    finally:
        os.chdir(here)
    return 0


def cmd_check(args) -> int:
    from ..build.pipeline import build_dossier

    project = require_project(args.project)
    dossier = build_dossier(project, use_cache=False)  # check writes nothing
    _print_diagnostics(dossier.diagnostics, False)
    undated = [a for a in dossier.articles if a.date is None]
    if not args.quiet:
        for article in undated:
            print(f"note: {article.source}: has no date, so the timeline cannot place its "
                  f"events; {_how_to_date(article.source)}", file=sys.stderr)
    print(f"{len(dossier.articles)} articles, {len(dossier.diagnostics)} problem(s), "
          f"{len(undated)} undated", file=sys.stderr)
    return 1 if dossier.diagnostics else 0


def _how_to_date(source: str) -> str:
    """How to give an article of this format its date."""
    suffix = Path(source.rsplit(":", 1)[0] if ".jsonl:" in source or ".ndjson:" in source
                  else source).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "add `date: YYYY-MM-DD` to its front matter"
    if suffix in (".jsonl", ".ndjson"):
        return 'give its line a "date": "YYYY-MM-DD"'
    if suffix in (".html", ".htm"):
        return ('the saved page names no publication date: convert it to Markdown with '
                '`date: YYYY-MM-DD` in its front matter')
    return "begin it with a line `Date: YYYY-MM-DD` (or `Data:`), then a blank line"


def cmd_export(args) -> int:
    from ..export import render
    from ..build.pipeline import build_dossier

    # With --content, export reads a folder of articles on its own: it writes nothing but
    # its output, so it needs no project around them.
    project = load_project(args.project, content_dir=args.content) if args.content else \
        require_project(args.project)
    if not project.content_dir.is_dir():
        raise DossierError(str(project.content_dir), "is not a folder of articles")
    dossier = build_dossier(project, use_cache=False)  # export writes nothing but its output
    _print_diagnostics(dossier.diagnostics, args.quiet)
    text = render(dossier, args.format)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8", newline="\n")
    return 1 if args.strict and dossier.diagnostics else 0


def cmd_serve(args) -> int:
    from mkdocs.commands.serve import serve

    project = require_project(args.project)
    _configure_logging(args)
    host, _, port = args.dev_addr.rpartition(":")
    if not host or not port.isdigit():
        print(f"error: --dev-addr must be HOST:PORT, such as 127.0.0.1:8000, not "
              f"{args.dev_addr!r}", file=sys.stderr)
        return 2
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    print(f"serving the dossier at http://{shown}:{port}/ (building it first); it is built "
          f"again when you save a file in {project.content_dir}; Ctrl+C stops",
          file=sys.stderr, flush=True)
    # The dossier plugin regenerates docs/ before each build and watches content/.
    try:
        serve(config_file=str(project.config_file), dev_addr=args.dev_addr, livereload=True)
    except OSError as exc:
        print(f"error: cannot serve on {args.dev_addr}: {exc.strerror or exc} (another "
              "program may use that port: choose another with --dev-addr)", file=sys.stderr)
        return 1
    return 0


def cmd_init(args) -> int:
    from .init import init_project

    created = init_project(Path(args.directory), title=args.title, language=args.language,
                           requirement=args.requirement)
    if getattr(args, "quiet", False):
        return 0
    for path in created:
        print(f"created {path}")
    print(f"next: put articles (.txt, .md, .html, .jsonl) into {Path(args.directory) / 'content'}"
          f", then run `dossier build` (or `dossier serve` to preview) in {args.directory}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="`dossier COMMAND --help` says what each command does.")
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str):
        return sub.add_parser(name, help=summary, description=description,
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    def common(p):
        p.add_argument("--project", default=".", metavar="FOLDER",
                       help="the dossier project (the folder with its mkdocs.yml; default: here)")
        p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
        p.add_argument("-v", "--verbose", action="store_true",
                       help="print more: each stage's time and MkDocs' own messages")

    _site_commands(command, common)
    _content_commands(command, common)
    return parser


def _site_commands(command, common) -> None:
    """The commands that build or publish the site: build, pack, deploy, serve."""
    p = command("build", "turn the articles in content/ into the site in site/",
                "Read every article in content/, find its people, organisations, places, "
                "dates and quotes,\nwrite the pages into docs/ and build the site into site/ "
                "with MkDocs.\nOnly what changed since the last build is read again. "
                "content/ is never changed.")
    common(p)
    p.add_argument("--strict", action="store_true",
                   help="fail (exit 1, no site) on any content problem instead of warning")
    p.add_argument("--no-site", action="store_true",
                   help="write docs/ only; do not run MkDocs")
    p.add_argument("--offline", action="store_true",
                   help="a site that opens from the file system (file://): pages as "
                        "page.html, every link to a file")
    p.set_defaults(func=cmd_build)

    p = command("pack", "build the offline site and zip it, to mail or copy",
                "Build the site as `dossier build --offline` does (it opens from the file "
                "system, no server),\nthen write it into one zip (default: site.zip beside "
                "site/). The same content gives the same zip.")
    common(p)
    p.add_argument("--strict", action="store_true",
                   help="fail (exit 1, no zip) on any content problem instead of warning")
    p.add_argument("--output", "-o", metavar="FILE", help="the zip to write (default: site.zip)")
    p.set_defaults(func=cmd_pack)

    p = command("deploy", "build, then publish site/ on the gh-pages branch",
                "Build the site, then push it to the gh-pages branch of the project's git "
                "repository\n(mkdocs gh-deploy). The GitHub Pages workflow that `dossier "
                "init` writes is the other way.")
    common(p)
    p.add_argument("--strict", action="store_true", help="fail on any content problem")
    p.add_argument("--message", "-m", help="commit message for gh-pages")
    p.add_argument("--force", action="store_true", help="force-push gh-pages")
    p.add_argument("--remote-branch", default="gh-pages")
    p.add_argument("--remote-name", default="origin")
    p.set_defaults(func=cmd_deploy, no_site=False)

    p = command("serve", "preview the site, rebuilt whenever an article is saved",
                "Build the site and serve it on your machine (http://127.0.0.1:8000/ by "
                "default);\nsaving a file in content/ rebuilds it and reloads the page.")
    common(p)
    p.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT",
                   help="where to serve (default: 127.0.0.1:8000)")
    p.set_defaults(func=cmd_serve)


def _content_commands(command, common) -> None:
    """The commands about the articles and the project: add, check, export, init."""
    p = command("add", "copy articles (files, folders, JSON Lines feeds) into content/",
                "Copy article files into content/ under clean names; a folder brings every "
                "article in it,\na .jsonl feed becomes one Markdown file per line, for "
                "editing. Existing files are never overwritten.")
    common(p)
    p.add_argument("sources", nargs="+", help="article files, folders or .jsonl feeds")
    p.set_defaults(func=cmd_add)

    p = command("check", "report problems in the articles without building anything",
                "Read every article and report what is wrong, file and line: unreadable "
                "files, bad front matter,\nimpossible dates, duplicates; and which articles "
                "have no date. Writes nothing.\nExit code 1 when there are problems.")
    common(p)
    p.set_defaults(func=cmd_check)

    p = command("export", "write the dossier as JSON, FollowTheMoney or TimelineJS",
                "Write articles, actors, events and quotes as one JSON document (the schema "
                "in SCHEMA.md),\nto standard output or a file. Writes nothing else.\n"
                "--format ftm writes FollowTheMoney entities, one JSON object a line (for "
                "Aleph/OpenAleph);\n--format timelinejs writes the events as a TimelineJS "
                "timeline.")
    common(p)
    p.add_argument("--format", "-f", choices=("json", "ftm", "timelinejs"), default="json",
                   help="json (default: shared schema 1), ftm or timelinejs")
    p.add_argument("--content", metavar="FOLDER",
                   help="a folder of articles to read instead of the project's content/ "
                        "(no project needed)")
    p.add_argument("--output", "-o", default="-", help="file to write, or - for stdout")
    p.add_argument("--strict", action="store_true", help="fail on any content problem")
    p.set_defaults(func=cmd_export)

    p = command("init", "create a new, empty, working dossier project",
                "Create FOLDER with mkdocs.yml, content/ (put articles here), docs/, theme/, "
                "a .gitignore,\na requirements.txt that installs this version of dossier and "
                "a GitHub Pages workflow.\nNever overwrites a file.")
    p.add_argument("directory", metavar="FOLDER")
    p.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    p.add_argument("--title", default="Dossier", help="the site's name")
    p.add_argument("--language", default="pl", help="the site's language: pl or en")
    p.add_argument("--requirement", metavar="SPEC",
                   help="what requirements.txt installs, instead of this release of dossier "
                        "from the package index (e.g. 'dossier-briefing @ "
                        "git+https://github.com/OWNER/dossier@v0.1.0')")
    p.set_defaults(func=cmd_init)


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except DossierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
