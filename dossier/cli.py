"""The command line: parse arguments, call the library, turn problems into messages and exit codes."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import __version__
from .config import load_project
from .errors import DossierError


def _print_diagnostics(diagnostics, quiet: bool) -> None:
    for d in diagnostics:
        if not quiet or d.level == "error":
            print(str(d), file=sys.stderr)


def cmd_build(args) -> int:
    from . import mkdocs_plugin
    from .pipeline import generate, write_generated
    from .memory import release
    from .site import build_site, content_epoch

    from .progress import Progress

    started = time.perf_counter()
    project = load_project(args.project)
    stats: dict = {}
    generated = generate(project, Progress(enabled=False if args.quiet else None), stats)
    dossier = generated.dossier
    report = write_generated(project, generated, stats)
    if args.verbose:
        import logging

        logging.getLogger("mkdocs").setLevel(logging.INFO)
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
    summary = (f"built {len(dossier.articles)} articles; {len(dossier.actors)} actors "
               f"({kinds['person']} people, {kinds['organization']} organisations, "
               f"{kinds['place']} places); {len(dossier.events)} events; "
               f"{len(dossier.quotes)} quotes; {len(diagnostics)} warnings")
    epoch = content_epoch(a.date for a in dossier.articles)
    # MkDocs needs none of the model: let it go, so the two never take memory at once.
    del generated, dossier, report
    release()
    if not args.no_site:
        mkdocs_plugin.SKIP_GENERATE = True
        try:
            build_site(project, strict=True, epoch=epoch)
        finally:
            mkdocs_plugin.SKIP_GENERATE = False
    if not args.quiet:
        print(f"{summary}; {time.perf_counter() - started:.1f} s"
              + ("" if args.no_site else f" -> {project.site_dir}"), file=sys.stderr)
    return 0


def cmd_add(args) -> int:
    from .add import add

    project = load_project(args.project)
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

    code = cmd_build(args)
    if code != 0:
        return code
    project = load_project(args.project)
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
    from .pipeline import build_dossier

    project = load_project(args.project)
    dossier = build_dossier(project, use_cache=False)  # check writes nothing
    _print_diagnostics(dossier.diagnostics, False)
    print(f"{len(dossier.articles)} articles, {len(dossier.diagnostics)} problem(s)",
          file=sys.stderr)
    return 1 if dossier.diagnostics else 0


def cmd_export(args) -> int:
    from .export import dumps
    from .pipeline import build_dossier

    project = load_project(args.project, content_dir=args.content)
    if not project.content_dir.is_dir():
        raise DossierError(str(project.content_dir), "is not a folder of articles")
    dossier = build_dossier(project, use_cache=False)  # export writes nothing but its output
    _print_diagnostics(dossier.diagnostics, args.quiet)
    text = dumps(dossier)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8", newline="\n")
    return 1 if args.strict and dossier.diagnostics else 0


def cmd_serve(args) -> int:
    from mkdocs.commands.serve import serve

    project = load_project(args.project)
    # The dossier plugin regenerates docs/ before each build and watches content/.
    serve(config_file=str(project.config_file), dev_addr=args.dev_addr, livereload=True)
    return 0


def cmd_init(args) -> int:
    from .scaffold import init_project

    created = init_project(Path(args.directory), title=args.title, language=args.language)
    for path in created:
        print(f"created {path}")
    print(f"next: add articles to {Path(args.directory) / 'content'} and run "
          f"`dossier build` in {args.directory}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dossier", description=__doc__)
    parser.add_argument("--version", action="version", version=f"dossier {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--project", default=".", help="project folder (with mkdocs.yml)")
        p.add_argument("-q", "--quiet", action="store_true", help="only errors")
        p.add_argument("-v", "--verbose", action="store_true", help="more detail")

    p = sub.add_parser("build", help="regenerate docs/ from content/ and build site/")
    common(p)
    p.add_argument("--strict", action="store_true", help="fail on any content problem")
    p.add_argument("--no-site", action="store_true", help="regenerate docs/ only")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("add", help="bring articles (files, folders, JSON Lines feeds) into "
                       "content/")
    common(p)
    p.add_argument("sources", nargs="+", help="article files, folders or .jsonl feeds")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("deploy", help="build, then publish site/ to the gh-pages branch "
                       "(mkdocs gh-deploy)")
    common(p)
    p.add_argument("--strict", action="store_true", help="fail on any content problem")
    p.add_argument("--message", "-m", help="commit message for gh-pages")
    p.add_argument("--force", action="store_true", help="force-push gh-pages")
    p.add_argument("--remote-branch", default="gh-pages")
    p.add_argument("--remote-name", default="origin")
    p.set_defaults(func=cmd_deploy, no_site=False)

    p = sub.add_parser("check", help="report content problems without building")
    common(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="write the dossier as JSON (shared schema 1)")
    common(p)
    p.add_argument("--content", help="folder of articles (default: the project's content/)")
    p.add_argument("--output", "-o", default="-", help="file to write, or - for stdout")
    p.add_argument("--strict", action="store_true", help="fail on any content problem")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="live preview that regenerates when content/ changes")
    common(p)
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("init", help="create a new, empty, working dossier project")
    p.add_argument("directory")
    p.add_argument("--title", default="Dossier")
    p.add_argument("--language", default="pl")
    p.set_defaults(func=cmd_init)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except DossierError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
