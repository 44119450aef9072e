"""Command line: `python -m generator build|site ...`. Each command calls build/publish.

Exit codes: 0 when everything was built; 1 when a document was skipped, the build
failed, or (with --strict) something was flagged; 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__, pipeline
from .errors import GeneratorError, os_error_message
from .model import Problem


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _terminated_as_interrupt():
            return int(args.command(args))
    except GeneratorError as error:
        for line in str(error).splitlines():  # a validated file reports every problem
            print(f"error: {line}", file=sys.stderr)
        return 1
    except OSError as error:  # unreadable folders, full or read-only disks
        print(f"error: {os_error_message(error)}", file=sys.stderr)
        return 1
    except sqlite3.Error as error:  # the caches' databases: a full disk, most often
        print(
            f"error: {args.cache}: the cache cannot be used ({error}). Free some space, "
            "pass --cache with another folder, or --no-cache.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; the previous output is left in place.", file=sys.stderr)
        return 130


@contextlib.contextmanager
def _terminated_as_interrupt() -> Iterator[None]:
    """SIGTERM (kill, a CI timeout) stops the build as Ctrl-C does, so that it cleans up
    (its staging folders, its lock) on the way out. In the main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn a folder of dated documents into a report site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    sub = _command(commands, "build", "Build Markdown pages and data files from the documents.")
    _pdf_options(sub, "also write the report PDF into the docs folder (data/report.pdf)")
    _off_topic_option(sub)
    sub.set_defaults(command=_build)

    sub = _command(commands, "site", "Build, then publish the site with `mkdocs build --strict`.")
    _site_options(sub)
    _off_topic_option(sub)
    sub.set_defaults(command=_site)

    sub = _command(
        commands,
        "watch",
        "Build, then rebuild the pages each time a document (or template) changes; "
        "the model and unchanged results stay in memory, so a rebuild takes seconds.",
    )
    _watch_options(sub)
    sub.set_defaults(command=_watch)

    sub = _command(
        commands,
        "dates",
        "Print how every temporal expression is read: one JSON line each with the "
        "document, sentence, text, value (YYYY, YYYY-MM, YYYY-MM-DD or null), precision "
        "and the rule that read it.",
        docs=False,
    )
    _dates_options(sub)
    sub.set_defaults(command=_dates)

    sub = _command(
        commands,
        "review",
        "Print what to check and correct, most important first: likely duplicates, wrong "
        "types, names that are not entities, suspicious merges, doubtful dates; each with "
        "its evidence and the corrections.yml entry that fixes it.",
        docs=False,
    )
    sub.add_argument(
        "--top",
        type=_positive,
        default=None,
        metavar="N",
        help="print only the first N items (default: all)",
    )
    sub.set_defaults(command=_review)

    sub = _command(commands, "pdf", "Build the report as one PDF (no site needed).", docs=False)
    sub.add_argument(
        "--output",
        type=Path,
        default=Path("report.pdf"),
        metavar="FILE",
        help="the PDF file to write (default: report.pdf)",
    )
    _full_text_option(sub)
    _off_topic_option(sub)
    sub.set_defaults(command=_pdf)
    return parser


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    docs: bool = True,
) -> argparse.ArgumentParser:
    """A command with the options every command takes (--seeds, --strict, the speed
    options) and, if it writes pages (`docs`), --out."""
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
            "--force",
            action="store_true",
            help="write into --out (and --site-dir) even if it holds files this tool did "
            "not write; those are kept (a generated file of the same name wins)",
        )
    sub.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 1) on warnings too, e.g. for CI",
    )
    _add_speed_options(sub)
    return sub


def _site_options(sub: argparse.ArgumentParser) -> None:
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


def _dates_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--text",
        metavar="TEXT",
        help="read the dates of this text instead of the seeds (with --published)",
    )
    sub.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the publication date that --text is read against (default: today)",
    )


def _watch_options(sub: argparse.ArgumentParser) -> None:
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


def _pdf_options(sub: argparse.ArgumentParser, help_text: str) -> None:
    sub.add_argument("--pdf", action="store_true", help=help_text)
    _full_text_option(sub)


def _off_topic_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--keep-off-topic",
        action="store_true",
        help="count the documents that look unrelated to the rest in the chronology, the "
        "key dates and the lists too (default: listed on the build report, built, "
        "not counted); or set keep_off_topic: true in report.yml",
    )


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


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a date as YYYY-MM-DD") from None


def _options(args: argparse.Namespace) -> pipeline.Options:
    return pipeline.Options(cache=args.cache, jobs=args.jobs, scheduler=args.scheduler)


def _print_timings(timings: Sequence[tuple[str, float]]) -> None:
    width = max(len(stage) for stage, _ in timings)
    for stage, seconds in timings:
        print(f"{stage:<{width}}  {seconds:7.2f} s", file=sys.stderr)
    print(f"{'total':<{width}}  {sum(s for _, s in timings):7.2f} s", file=sys.stderr)


def _run(args: argparse.Namespace) -> pipeline.BuildResult:
    """The build that `build` and `site` run, with the command line's options."""
    return pipeline.run(
        args.seeds,
        args.out,
        _options(args),
        pdf=args.pdf,
        full_text=args.full_text,
        force=args.force,
        keep_off_topic=args.keep_off_topic,
    )


def _build(args: argparse.Namespace) -> int:
    result = _run(args)
    _report(result.problems)
    if args.timings:
        _print_timings(result.timings)
    print(
        f"built {len(result.corpus.documents)} documents, {result.pages} files in {args.out}",
        file=sys.stderr,
    )
    return _exit_code(result.problems, args.strict)


def _site(args: argparse.Namespace) -> int:
    # Refused before the build, not after it: the site folder is checked again when
    # it is written.
    pipeline.check_site_dir(args.site_dir, args.out, seeds=args.seeds, force=args.force)
    result = _run(args)
    _report(result.problems)
    start = time.perf_counter()
    pipeline.publish(args.out, args.site_dir, force=args.force, seeds=args.seeds)
    if args.timings:
        _print_timings([*result.timings, ("mkdocs", time.perf_counter() - start)])
    print(
        f"built {len(result.corpus.documents)} documents; site in {args.site_dir}",
        file=sys.stderr,
    )
    return _exit_code(result.problems, args.strict)


def _watch(args: argparse.Namespace) -> int:
    from .watch import print_report, watch_seeds

    first = threading.Event()
    results: list[pipeline.BuildResult | Exception] = []

    def report(result: pipeline.BuildResult | Exception, seconds: float) -> None:
        print_report(result, seconds)
        if args.timings and isinstance(result, pipeline.BuildResult):
            _print_timings(result.timings)
        results.append(result)
        first.set()

    def watching() -> None:
        try:
            watch_seeds(
                args.seeds,
                args.out,
                _options(args),
                interval=args.interval,
                report=report,
                force=args.force,
            )
        finally:
            first.set()  # (stopped before its first report: the server must not wait)

    if not args.serve:
        try:
            watching()
        except KeyboardInterrupt:  # the way to stop watching: not an error
            print("stopped watching; the pages of the last build are in place.", file=sys.stderr)
        return 0
    from mkdocs.commands.serve import serve

    # MkDocs reads the pages once the first build is done, then watches the docs folder
    # (reloading the browser) while the generator watches the documents.
    thread = threading.Thread(target=watching, name="watch", daemon=True)
    thread.start()
    first.wait()
    if not (results and isinstance(results[0], pipeline.BuildResult)):
        if not thread.is_alive() or not pipeline.built(args.out):
            print(
                f"error: {args.out}: no site to serve, the first build failed. "
                "Fix the problem above and run the command again.",
                file=sys.stderr,
            )
            return 1
        print("serving the pages of the last good build meanwhile.", file=sys.stderr)
    print("serving the site at http://127.0.0.1:8000/ (Ctrl-C stops)", file=sys.stderr)
    settings: dict[str, Any] = dict(pipeline.site_settings(args.out))
    serve(
        str(pipeline.MKDOCS_CONFIG),
        docs_dir=str(args.out.resolve()),
        dev_addr="127.0.0.1:8000",
        **settings,
    )
    return 0


def _dates(args: argparse.Namespace) -> int:
    from .chronology.expressions import read_dates
    from .ingest.load import load_corpus

    with tempfile.TemporaryDirectory() as folder:
        seeds = args.seeds
        if args.text is not None:
            seeds = Path(folder)
            published = args.published or dt.date.today().isoformat()
            (seeds / "text.txt").write_text(f"date {published}\n{args.text}\n", encoding="utf-8")
        corpus = load_corpus(seeds)
        _report(corpus.problems)
        analyses = pipeline.analyse_corpus(corpus, _options(args))
        for record in read_dates(corpus, analyses):
            print(json.dumps(record, ensure_ascii=False))
    return _exit_code(corpus.problems, args.strict)


def _review(args: argparse.Namespace) -> int:
    from .ingest.load import load_corpus
    from .publish.review import format_items, review_corpus

    clock = pipeline.Stopwatch()
    corpus = load_corpus(args.seeds)
    clock.lap("load")
    corrections = pipeline.find_corrections(args.seeds)
    findings = pipeline.find(corpus, corrections, _options(args), clock)
    _report(corpus.problems + findings.problems)
    items = review_corpus(corpus, findings)
    clock.lap("review")
    if args.timings:
        _print_timings(clock.timings())
    shown = items[: args.top] if args.top else items
    print(format_items(shown), end="")
    print(f"{len(items)} items to review; {len(shown)} shown", file=sys.stderr)
    return _exit_code(corpus.problems + findings.problems, args.strict)


def _pdf(args: argparse.Namespace) -> int:
    from .ingest.load import load_corpus
    from .ingest.report import find_report_settings
    from .publish.charts import draw_charts
    from .publish.naming import report_info

    clock = pipeline.Stopwatch()
    corpus = load_corpus(args.seeds)
    clock.lap("load")
    options = _options(args)
    corrections = pipeline.find_corrections(args.seeds)
    settings = find_report_settings(args.seeds)  # a malformed file fails before the slow part
    keep_off_topic = args.keep_off_topic or settings.keep_off_topic
    findings = pipeline.find(corpus, corrections, options, clock, keep_off_topic=keep_off_topic)
    _report(corpus.problems + findings.problems)
    left_out = findings.off_topic if findings.off_topic_left_out else ()
    counted = [d for d in corpus.documents if d.id not in left_out]
    charts = draw_charts(
        counted, findings.events, findings.key_dates, findings.entities, options.cache
    )
    clock.lap("charts")
    info = report_info(settings, corpus, findings.entities)
    pdf = pipeline.make_report_pdf(
        corpus, findings, charts, args.full_text, info["name"], info["subtitle"]
    )
    clock.lap("pdf")
    if args.timings:
        _print_timings(clock.timings())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    partial = args.output.with_name(f".{args.output.name}.partial")
    try:
        partial.write_bytes(pdf)
        partial.replace(args.output)
    finally:
        partial.unlink(missing_ok=True)  # (a full disk: no half-written file left)
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
