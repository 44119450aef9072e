"""Command line: `python -m generator build|site ...`. Each command calls build/publish.

Exit codes: 0 when everything was built; 1 when a document was skipped, the build
failed, or (with --strict) something was flagged; 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__, pipeline
from .errors import GeneratorError
from .model import Problem


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.command(args))
    except GeneratorError as error:
        for line in str(error).splitlines():  # a validated file reports every problem
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; the previous output is left in place.", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn a folder of dated documents into a report site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    def add(name: str, help_text: str, docs: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--seeds",
            type=Path,
            default=Path("seeds"),
            metavar="DIR",
            help="folder of input documents (default: seeds/)",
        )
        if docs:
            sub.add_argument(
                "--out",
                type=Path,
                default=pipeline.DOCS,
                metavar="DIR",
                help="MkDocs docs folder the pages are written into (default: site_docs/)",
            )
        sub.add_argument(
            "--strict",
            action="store_true",
            help="fail (exit 1) on warnings too, e.g. for CI",
        )
        _add_speed_options(sub)
        return sub

    sub = add("build", "Build Markdown pages and data files from the documents.")
    _pdf_options(sub, "also write the report PDF into the docs folder (data/report.pdf)")
    sub.set_defaults(command=_build)

    sub = add("site", "Build, then publish the site with `mkdocs build --strict`.")
    sub.add_argument(
        "--site-dir",
        type=Path,
        default=Path("site"),
        metavar="DIR",
        help="folder the HTML site is written into (default: site/)",
    )
    _pdf_options(
        sub, "also build the report PDF into the site (data/report.pdf), linked from the home page"
    )
    sub.set_defaults(command=_site)

    sub = add(
        "watch",
        "Build, then rebuild the pages each time a document (or template) changes; "
        "the model and unchanged results stay in memory, so a rebuild takes seconds.",
    )
    sub.add_argument(
        "--interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="how often to look for changes (default: 1)",
    )
    sub.add_argument(
        "--serve",
        action="store_true",
        help="also serve the site at http://127.0.0.1:8000 with live reload (mkdocs serve)",
    )
    sub.set_defaults(command=_watch)

    sub = add("pdf", "Build the report as one PDF (no site needed).", docs=False)
    sub.add_argument(
        "--output",
        type=Path,
        default=Path("report.pdf"),
        metavar="FILE",
        help="the PDF file to write (default: report.pdf)",
    )
    _full_text_option(sub)
    sub.set_defaults(command=_pdf)
    return parser


def _pdf_options(sub: argparse.ArgumentParser, help_text: str) -> None:
    sub.add_argument("--pdf", action="store_true", help=help_text)
    _full_text_option(sub)


def _full_text_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--full-text",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="include (or leave out) the text of every source in the PDF "
        "(default: included up to 30,000 words in all)",
    )


def _add_speed_options(sub: argparse.ArgumentParser) -> None:
    speed = sub.add_argument_group("speed (the output is the same with any of these)")
    speed.add_argument(
        "--cache",
        type=Path,
        default=pipeline.CACHE,
        metavar="DIR",
        help="folder of the analysis and chart caches (default: .cache/ in the project)",
    )
    speed.add_argument(
        "--no-cache",
        dest="cache",
        action="store_const",
        const=None,
        help="analyse every document and draw every chart again, and store nothing",
    )
    speed.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="processes for the language pipeline and the pages (default: one per core)",
    )
    speed.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="run the language pipeline on this Dask cluster, e.g. tcp://host:8786",
    )
    speed.add_argument(
        "--timings",
        action="store_true",
        help="print the time each stage took",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a whole number of 1 or more")
    return number


def _options(args: argparse.Namespace) -> pipeline.Options:
    return pipeline.Options(cache=args.cache, jobs=args.jobs, scheduler=args.scheduler)


def _print_timings(timings: Sequence[tuple[str, float]]) -> None:
    width = max(len(stage) for stage, _ in timings)
    for stage, seconds in timings:
        print(f"{stage:<{width}}  {seconds:7.2f} s", file=sys.stderr)
    print(f"{'total':<{width}}  {sum(s for _, s in timings):7.2f} s", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    result = pipeline.run(args.seeds, args.out, _options(args), pdf=args.pdf, full_text=args.full_text)
    _report(result.problems)
    if args.timings:
        _print_timings(result.timings)
    print(
        f"built {len(result.corpus.documents)} documents, {result.pages} files in {args.out}",
        file=sys.stderr,
    )
    return _exit_code(result.problems, args.strict)


def _site(args: argparse.Namespace) -> int:
    result = pipeline.run(args.seeds, args.out, _options(args), pdf=args.pdf, full_text=args.full_text)
    _report(result.problems)
    start = time.perf_counter()
    pipeline.publish(args.out, args.site_dir)
    if args.timings:
        _print_timings([*result.timings, ("mkdocs", time.perf_counter() - start)])
    print(
        f"built {len(result.corpus.documents)} documents; site in {args.site_dir}",
        file=sys.stderr,
    )
    return _exit_code(result.problems, args.strict)


def _watch(args: argparse.Namespace) -> int:
    import threading

    from .watch import print_report, watch_seeds

    first = threading.Event()

    def report(result: pipeline.BuildResult | GeneratorError, seconds: float) -> None:
        print_report(result, seconds)
        if args.timings and isinstance(result, pipeline.BuildResult):
            _print_timings(result.timings)
        first.set()

    def watching() -> None:
        watch_seeds(args.seeds, args.out, _options(args), interval=args.interval, report=report)

    if not args.serve:
        try:
            watching()
        except KeyboardInterrupt:  # the way to stop watching: not an error
            print("stopped watching; the pages of the last build are in place.", file=sys.stderr)
        return 0
    from mkdocs.commands.serve import serve

    # MkDocs reads the pages once the first build is done, then watches the docs folder
    # (reloading the browser) while the generator watches the documents.
    threading.Thread(target=watching, name="watch", daemon=True).start()
    first.wait()
    print("serving the site at http://127.0.0.1:8000/ (Ctrl-C stops)", file=sys.stderr)
    serve(str(pipeline.MKDOCS_CONFIG), docs_dir=str(args.out.resolve()), dev_addr="127.0.0.1:8000")
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from .ingest.load import load_corpus
    from .publish.charts import draw_charts

    clock = pipeline.Stopwatch()
    corpus = load_corpus(args.seeds)
    clock.lap("load")
    options = _options(args)
    findings = pipeline.find(corpus, pipeline.find_corrections(args.seeds), options, clock)
    _report(corpus.problems + findings.problems)
    charts = draw_charts(
        corpus.documents, findings.events, findings.key_dates, findings.entities, options.cache
    )
    clock.lap("charts")
    pdf = pipeline.make_report_pdf(corpus, findings, charts, full_text=args.full_text)
    clock.lap("pdf")
    if args.timings:
        _print_timings(clock.timings())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    partial = args.output.with_name(f".{args.output.name}.partial")
    partial.write_bytes(pdf)
    partial.replace(args.output)
    print(f"built {len(corpus.documents)} documents; PDF in {args.output}", file=sys.stderr)
    return _exit_code(corpus.problems + findings.problems, args.strict)


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(f"{problem.level}: {problem}", file=sys.stderr)


def _exit_code(problems: Sequence[Problem], strict: bool) -> int:
    if any(p.level == "error" for p in problems):
        return 1
    if strict and problems:
        return 1
    return 0
