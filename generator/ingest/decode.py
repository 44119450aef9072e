"""A document file's bytes -> its text, decoded and normalised. Everything here is
untrusted and bounded:

* Size: a file over MAX_DOCUMENT_BYTES is rejected before it is read; so is anything
  that is not a regular file.
* Encoding: UTF-8 (a BOM is dropped); UTF-16 with a BOM is read with a warning. Bytes
  that are not UTF-8 are read as Windows-1252 (a superset of Latin-1), the rest staying
  UTF-8, with a warning when the result is plainly text; otherwise the file is rejected.
  NUL bytes mean a binary file: rejected.
* Mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 and saved
  again ("MÃ©decins", "itâ€™s") is repaired where that is certain: a run of characters
  that are, byte for byte, one UTF-8 sequence of a letter beyond ASCII (a lead byte and
  its continuation bytes) becomes that letter, with a warning. Letters lost for good
  (U+FFFD, "M\ufffddecins") cannot be restored: flagged (load.py). So is a text whose
  non-ASCII letters were dropped, which leaves words in pieces ("Vi t Nam ngn c m c a
  kh u"): one where STRAY_SHARE of the words or more are stray single letters.
* Line ends: CRLF and CR become LF. Control characters other than tab and line feed
  become spaces (with a warning): they have no visible meaning and break YAML and XML.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from ..errors import InputError
from ..model import Problem

# Bounds on one document (see README, "Limits"; the build report prints them).
MAX_DOCUMENT_BYTES = 2_000_000
# Control characters (C0 but tab and LF, DEL, C1), non-characters and the Unicode line
# separators: shown as spaces. YAML rejects most of them in titles; XML rejects C0.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
# Share of non-ASCII characters above which Windows-1252 bytes are not "plainly text".
_MAX_LEGACY_NON_ASCII = 0.3
_MAGIC = {b"%PDF-": "a PDF file", b"PK\x03\x04": "a ZIP archive (e.g. .docx)"}


def read_bytes(path: Path) -> bytes:
    """The file's bytes; InputError if it is not a regular file, too large or unreadable."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"{path}: not a regular file. Replace it with a text file.")
        size = status.st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB, over the limit of "
                f"{MAX_DOCUMENT_BYTES / 1e6:g} MB for one document. "
                "Split it into several documents (one per article)."
            )
        return path.read_bytes()
    except OSError as error:
        raise InputError(
            f"{path}: cannot be read ({error.strerror}). Check that it is a readable file."
        ) from None


def read_text(path: Path, warnings: list[Problem], raw: bytes | None = None) -> tuple[str, int]:
    """The file's text, decoded and normalised, and how many mis-decoded letters were
    repaired in it; InputError if it is not usable text."""
    if raw is None:
        raw = read_bytes(path)
    if not raw.strip():
        raise InputError(
            f"{path}: the file is empty{' (only whitespace)' if raw else ''}. "
            'Add "date YYYY-MM-DD" and the text, or remove the file.'
        )
    content = _decode(path, raw, warnings)
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    content, repaired, example = repair_mojibake(content)
    if repaired:
        warnings.append(
            Problem(
                str(path),
                None,
                f"{repaired} character(s) mis-decoded when the text was saved (e.g. "
                f'"{example[0]}" for "{example[1]}"), repaired. Save the original text '
                "as UTF-8.",
                "warning",
            )
        )
    controls = _CONTROL.search(content)
    if controls:
        count = len(_CONTROL.findall(content))
        warnings.append(
            Problem(
                str(path),
                content.count("\n", 0, controls.start()) + 1,
                f"{count} control character(s) (e.g. U+{ord(controls.group()):04X}) shown as "
                "spaces. Remove them from the file.",
                "warning",
            )
        )
        content = _CONTROL.sub(" ", content)
    return content, repaired


# Stray single letters (not "a", "A", "I") per word above which letters look lost:
# measured on 2,100 news pages and briefings, English text has at most 3%; six pages
# whose Vietnamese letters were dropped have 30% to 54%.
STRAY_SHARE = 0.1
_STRAY_MIN_WORDS = 50
_WORDS = re.compile(r"\S+")


def stray_letters(text: str) -> int:
    """How many stray single letters the text holds, when they are so many that its
    letters look lost (STRAY_SHARE of its words or more); 0 otherwise."""
    words = _WORDS.findall(text)
    if len(words) < _STRAY_MIN_WORDS:
        return 0
    stray = sum(1 for w in words if len(w) == 1 and w.isalpha() and w not in "aAI")
    return stray if stray >= STRAY_SHARE * len(words) else 0


def _shown(byte: int) -> str:
    """How a byte shows when UTF-8 is read as Windows-1252 (as Latin-1 where Windows-1252
    defines nothing: 0x81, 0x8D, 0x8F, 0x90, 0x9D)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _shown_class(first: int, last: int) -> str:
    chars = {_shown(b) for b in range(first, last + 1)} | {chr(b) for b in range(first, last + 1)}
    return "".join(re.escape(c) for c in sorted(chars))


_CONTINUATION = f"[{_shown_class(0x80, 0xBF)}]"
# One UTF-8 sequence of 2, 3 or 4 bytes beyond ASCII, as Windows-1252/Latin-1 shows it.
_MOJIBAKE = re.compile(
    f"[{_shown_class(0xC2, 0xDF)}]{_CONTINUATION}"
    f"|[{_shown_class(0xE0, 0xEF)}]{_CONTINUATION}{{2}}"
    f"|[{_shown_class(0xF0, 0xF4)}]{_CONTINUATION}{{3}}"
)
# Where a repaired character must fall to be believed: Latin, Greek, Cyrillic, Hebrew,
# Arabic letters, punctuation, currency and letterlike signs, arrows and maths, CJK and
# Hangul, emoji. A run that decodes to anything else is more likely real text.
_LIKELY = (
    (0x00A0, 0x06FF),
    (0x2000, 0x22FF),
    (0x3000, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0x1F300, 0x1FAFF),
)
_BYTE = {**{chr(b): b for b in range(0x80, 0x100)}, **{_shown(b): b for b in range(0x80, 0x100)}}


def repair_mojibake(text: str) -> tuple[str, int, tuple[str, str]]:
    """The text with each mis-decoded UTF-8 sequence ("Ã©", "â€™") made the letter it
    was ("é", "’"), how many were, and the first (as written, as repaired). Only a run
    that is a whole valid UTF-8 sequence is changed, so "Ã" before an ordinary letter
    stays; twice mis-decoded text is repaired twice."""
    count = 0
    example = ("", "")
    for _ in range(3):  # mis-decoded at most three times over
        found = 0

        def repair(match: re.Match[str]) -> str:
            nonlocal found, example
            written = match.group()
            try:
                letter = bytes(_BYTE[c] for c in written).decode("utf-8")
            except UnicodeDecodeError:
                return written
            if not any(low <= ord(letter) <= high for low, high in _LIKELY):
                return written  # "Gruß“" is German, not the NKo letter U+07D3
            found += 1
            if not example[0]:
                example = (written, letter)
            return letter

        text = _MOJIBAKE.sub(repair, text)
        if not found:
            break
        count += found
    return text, count, example


def _decode(path: Path, raw: bytes, warnings: list[Problem]) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                f"{path}: starts like UTF-16 text but is not. Save the file as UTF-8."
            ) from None
        warnings.append(
            Problem(str(path), None, "saved as UTF-16; read as such. Save it as UTF-8.", "warning")
        )
        return text
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            raise InputError(f"{path}: {kind}, not text. Save its text as a .txt file.")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: a binary file (NUL bytes), not text. "
            "Save the document as plain UTF-8 text, or remove it."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        where = f"byte 0x{raw[error.start]:02X} at offset {error.start}"
    # Valid UTF-8 stays UTF-8 (a file may mix both); each invalid byte is Windows-1252.
    try:
        text = raw.decode("utf-8-sig", errors=_CP1252_FALLBACK)
    except UnicodeDecodeError:  # a byte Windows-1252 does not define either
        text = ""
    non_ascii = sum(1 for c in text if ord(c) > 127)
    plain = bool(text) and non_ascii <= _MAX_LEGACY_NON_ASCII * len(text)
    plain = plain and not _CONTROL.search(text.replace("\r", "").replace("\f", ""))
    if not plain:
        raise InputError(
            f"{path}:{line}: not UTF-8 text ({where}), nor plainly Windows-1252/Latin-1. "
            "Save the file as UTF-8."
        )
    warnings.append(
        Problem(
            str(path),
            line,
            f"not UTF-8 ({where}); read as Windows-1252/Latin-1. "
            "Check its accented letters and save the file as UTF-8.",
            "warning",
        )
    )
    return text


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252"), error.end


_CP1252_FALLBACK = "generator-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)
