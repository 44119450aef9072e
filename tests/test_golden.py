"""Golden files: the pages and data the project's seeds/ build into, byte for byte.

tests/golden/seeds/ holds everything `story-report build --seeds seeds` writes into the
docs folder (the GENERATED entries: index.md, sources/, people/, organizations/,
places/, chronology/, charts/, data/, build-report/); the hand-written pages it copies
from site_docs/ are not generated and not kept. tests/golden/seeds-pdf/ holds what
`--pdf` adds or changes (data/report.pdf, and index.md, which links it).

A change to the output fails these tests with the missing, extra and differing files
and a diff of the first few. When the change is meant, refresh the files and review
them in `git diff`:

    python -m pytest tests/test_golden.py --update-golden

The option is the only way they are written; without it nothing here is ever updated.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from generator.pipeline import Options, run
from generator.publish.output import GENERATED

from .conftest import SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden"
BUILD = GOLDEN / "seeds"  # the `build` command's files
PDF = GOLDEN / "seeds-pdf"  # what --pdf adds or changes
DIFFS_SHOWN = 3
DIFF_LINES = 30


def generated_files(folder: Path) -> dict[str, bytes]:
    """{relative path: bytes} of the generated entries of a docs folder."""
    files = {}
    for name in GENERATED:
        entry = folder / name
        paths = [entry] if entry.is_file() else sorted(entry.rglob("*"))
        for path in paths:
            if path.is_file():
                files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    """The missing, extra and differing files, and a unified diff of the first few; ''
    when the two are the same."""
    missing = sorted(expected.keys() - actual.keys())
    extra = sorted(actual.keys() - expected.keys())
    differing = sorted(k for k in expected.keys() & actual.keys() if expected[k] != actual[k])
    if not (missing or extra or differing):
        return ""
    lines = [f"missing: {name}" for name in missing]
    lines += [f"extra: {name}" for name in extra]
    lines += [f"differs: {name}" for name in differing]
    for name in differing[:DIFFS_SHOWN]:
        lines.append("")
        lines.extend(_diff(name, expected[name], actual[name]))
    lines.append("")
    lines.append("If the change is meant: pytest tests/test_golden.py --update-golden")
    return "\n".join(lines)


def _diff(name: str, expected: bytes, actual: bytes) -> list[str]:
    try:
        old, new = expected.decode("utf-8"), actual.decode("utf-8")
    except UnicodeDecodeError:
        return [f"{name}: binary, {len(expected)} bytes expected, {len(actual)} built"]
    diff = difflib.unified_diff(
        old.splitlines(), new.splitlines(), f"golden/{name}", f"built/{name}", lineterm=""
    )
    shown = list(diff)
    if len(shown) > DIFF_LINES:
        shown = [*shown[:DIFF_LINES], f"... ({len(shown) - DIFF_LINES} more diff lines)"]
    return shown


def read_golden(*folders: Path) -> dict[str, bytes]:
    """The golden files of `folders`, a later folder's file replacing an earlier's."""
    files: dict[str, bytes] = {}
    for folder in folders:
        files.update(
            {
                p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted(folder.rglob("*"))
                if p.is_file()
            }
        )
    return files


def write_golden(folder: Path, files: dict[str, bytes]) -> None:
    """Replace the golden files of `folder` by `files`."""
    shutil.rmtree(folder, ignore_errors=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def _build(tmp_path: Path, pdf: bool) -> dict[str, bytes]:
    out = tmp_path / "docs"
    run(SEEDS, out, Options(cache=tmp_path / "cache"), pdf=pdf)
    return generated_files(out)


def test_the_seeds_build_into_the_golden_files(tmp_path, update_golden):
    """`build --seeds seeds` writes exactly tests/golden/seeds/ (refresh: --update-golden)."""
    built = _build(tmp_path, pdf=False)
    assert "index.md" in built and "data/entities.json" in built
    if update_golden:
        write_golden(BUILD, built)
    report = differences(read_golden(BUILD), built)
    assert not report, report


@pytest.mark.slow  # renders the PDF
def test_the_seeds_build_with_the_pdf_into_the_golden_files(tmp_path, update_golden):
    """`build --pdf` writes tests/golden/seeds/ with tests/golden/seeds-pdf/ over it
    (refresh: --update-golden; the PDF is the same bytes from build to build)."""
    built = _build(tmp_path, pdf=True)
    assert "data/report.pdf" in built
    if update_golden:
        base = read_golden(BUILD)
        write_golden(PDF, {k: v for k, v in built.items() if base.get(k) != v})
    report = differences(read_golden(BUILD, PDF), built)
    assert not report, report


def test_the_comparison_names_missing_extra_and_differing_files():
    expected = {"a.md": b"one\ntwo\n", "b.md": b"b\n", "c.pdf": b"%PDF\xff"}
    actual = {"a.md": b"one\n2\n", "c.pdf": b"%PDF\xfe", "d.md": b"d\n"}
    report = differences(expected, actual)
    assert "missing: b.md" in report
    assert "extra: d.md" in report
    assert "differs: a.md" in report and "differs: c.pdf" in report
    assert "-two\n+2" in report
    assert "c.pdf: binary, 5 bytes expected, 5 built" in report
    assert differences(expected, dict(expected)) == ""
