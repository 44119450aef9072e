"""What changed since the last build: the Changes page and the Atom feed (feed.xml).

After each build a compact snapshot of what it found is kept in the cache folder
(`<cache>/changes/<seeds key>.jsonl`, one per seeds folder, keyed by the folder's
absolute path): the documents (id, title, date, a digest of the text), the entities
(id, name, type, aliases, roles, mention count, page) and the events (id, date,
summary, sources, page). The next build compares its own snapshot with it.

Same input, same output. The page and the feed are made from two snapshots only, never
from the clock: `updated` in the feed is a document's date. A build whose snapshot is
the same as the last build's (a rebuild of the same input) does not compare with that
build, which would show nothing: it compares with the one the last build compared
with, so the page shows the last change set again, byte for byte. The record therefore
holds two snapshots, the last build's (`current`) and the one before its input changed
(`base`), each with its hash. The first build has nothing to compare with, and says so;
so does a build without a cache (--no-cache).

The feed holds the last change set only (what this page shows): a reader that polls
less often than the site is rebuilt sees the latest change set, not every one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Corpus, Findings
from .output import Output
from .render import Renderer

FORMAT = 1  # bump when the snapshot's layout changes: an older record is not compared
FOLDER = "changes"  # in the cache folder
PAGE = "changes/index.md"
FEED = "feed.xml"
SHOWN = 200  # rows per list on the page (the rest counted); entries in the feed
# A profile's mention count "changed by much": by at least MENTIONS_MIN mentions and
# by at least MENTIONS_SHARE of the old count (2 -> 5 does, 20 -> 25 does not).
MENTIONS_MIN = 3
MENTIONS_SHARE = 0.5
ATOM = "http://www.w3.org/2005/Atom"
# The feed's id is made from this and the report.yml title (if any): the same for
# every build of one report, unlike the report's name made from the corpus.
FEED_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://story-report.invalid/feed")

Snapshot = dict[str, Any]


# --- The snapshot ----------------------------------------------------------------------


def snapshot(corpus: Corpus, findings: Findings) -> Snapshot:
    """What the next build compares with: plain JSON values, sorted."""
    return {
        "format": FORMAT,
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "date": d.date,
                "page": d.page,
                "text": hashlib.sha256(d.text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
            }
            for d in sorted(corpus.documents, key=lambda d: d.id)
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": sorted(set(e.aliases)),
                "roles": sorted({d.text for d in e.descriptions}),
                "mentions": len(e.mentions),
                "last_seen": e.last_seen,
                "page": e.page,
            }
            for e in sorted(findings.entities, key=lambda e: e.id)
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "summary": e.summary,
                "sources": [f"{c.document}#{c.sentence}" for c in e.sources],
                "page": e.page,
                # The same happening with another date: its first source's document and
                # its sentence without the date (how a re-dated event is recognised).
                "gist": _gist(e.sources[0].document if e.sources else "", e.text, e.expression),
            }
            for e in sorted(findings.events, key=lambda e: e.id)
        ],
    }


def _gist(document: str, text: str, expression: str) -> str:
    rest = " ".join(text.replace(expression, " ", 1).casefold().split())
    return hashlib.sha256(f"{document}\0{rest}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def canonical(snap: Snapshot) -> str:
    """The snapshot as one line of JSON, the same text for the same values."""
    return json.dumps(snap, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def snapshot_hash(snap: Snapshot) -> str:
    """The snapshot's identity: the SHA-256 of its canonical JSON."""
    return _sha256(canonical(snap))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- The record kept in the cache --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """This build's snapshot and the one it is compared with. `status` is "compared",
    "first" (no earlier build of these seeds) or "no-cache" (built with --no-cache).
    `report` is the report's name, and the report.yml title (the feed's id), of this
    build: not part of the snapshot, so that renaming the report changes no list."""

    current: Snapshot
    base: Snapshot | None
    status: str
    report: tuple[str, str] = ("Story report", "")


class History:
    """The record of the last builds of one seeds folder in `cache` (None: no cache).

    compare() reads it and says what this build is compared with; save(), called once
    the build's output is in place, records this build (a failed build records nothing).

    The record is three lines: a header (FORMAT and the two snapshots' hashes), the last
    build's snapshot and the one it was compared with (or null), each as its canonical
    JSON, so that checking a line against its hash costs one SHA-256 and no encoding.
    A line that does not match its hash (a damaged file) is no record.
    """

    def __init__(self, cache: Path | None, seeds: Path):
        self.path: Path | None = None
        if cache is not None:
            key = hashlib.sha256(os.fsencode(seeds.resolve())).hexdigest()[:16]
            self.path = cache / FOLDER / f"{key}.jsonl"
        self._lines: tuple[str, str, str] | None = None

    def compare(self, current: Snapshot, report: tuple[str, str | None]) -> Comparison:
        name, title = report[0], report[1] or ""
        if self.path is None:
            return Comparison(current, None, "no-cache", (name, title))
        text = canonical(current)
        digest = _sha256(text)
        last = _read(self.path)
        if last is None:
            base_hash, base_text = None, "null"
        elif last[0] == digest:  # the same input again: compared as it was, the same page
            base_hash, base_text = last[2], last[3]
        else:
            base_hash, base_text = last[0], last[1]
        header = json.dumps({"format": FORMAT, "current": digest, "base": base_hash})
        self._lines = (header, text, base_text)
        base = json.loads(base_text) if base_hash is not None else None
        return Comparison(current, base, "first" if base is None else "compared", (name, title))

    def save(self) -> None:
        """Record this build (compare() first). The cache is an accelerator here too: a
        folder that cannot be written only means the next build has nothing to compare."""
        if self.path is None or self._lines is None:
            return
        partial = self.path.with_name(f".{self.path.name}.partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text("\n".join(self._lines) + "\n", encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:
            partial.unlink(missing_ok=True)


def _read(path: Path) -> tuple[str, str, str | None, str] | None:
    """(hash, text) of the last build's snapshot and of its base (None, "null": none),
    or None when there is no record, or not one this version reads, or a damaged one."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
        header = json.loads(lines[0])
    except (OSError, ValueError, UnicodeError):
        return None
    if len(lines) != 4 or lines[3] or not isinstance(header, dict):
        return None
    current, base = header.get("current"), header.get("base")
    if header.get("format") != FORMAT or not isinstance(current, str):
        return None
    if _sha256(lines[1]) != current:
        return None
    if base is None:
        return (current, lines[1], None, "null") if lines[2] == "null" else None
    if not isinstance(base, str) or _sha256(lines[2]) != base:
        return None
    return current, lines[1], base, lines[2]


# --- What changed ------------------------------------------------------------------------


def changes(comparison: Comparison) -> dict[str, Any]:
    """The Changes page's context: each list sorted, as plain values."""
    current, base = comparison.current, comparison.base
    found: dict[str, Any] = {"status": comparison.status, "shown": SHOWN}
    found["now"] = _summary(current)
    found["before"] = _summary(base) if base is not None else None
    if base is None:
        return found
    found.update(_documents(base["documents"], current["documents"]))
    found.update(_entities(base["entities"], current["entities"]))
    found.update(_events(base["events"], current["events"]))
    found["any"] = any(
        found[k]
        for k in (
            "added_documents",
            "removed_documents",
            "edited_documents",
            "new_entities",
            "removed_entities",
            "profiles",
            "new_events",
            "redated_events",
            "removed_events",
        )
    )
    return found


def _summary(snap: Snapshot) -> dict[str, Any]:
    dates = [d["date"] for d in snap["documents"]]
    return {
        "documents": len(dates),
        "entities": len(snap["entities"]),
        "events": len(snap["events"]),
        "newest": max(dates) if dates else None,
    }


def _by_id(items: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def _documents(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> dict[str, Any]:
    before, after = _by_id(old), _by_id(new)
    edited = []
    for id_ in sorted(before.keys() & after.keys()):
        was, now = before[id_], after[id_]
        what = [
            label
            for label, field in (("date", "date"), ("title", "title"), ("text", "text"))
            if was[field] != now[field]
        ]
        if what:
            edited.append({**now, "changed": what, "was": was})
    return {
        "added_documents": _newest_first(after[i] for i in after.keys() - before.keys()),
        "removed_documents": _newest_first(before[i] for i in before.keys() - after.keys()),
        "edited_documents": _newest_first(edited),
    }


def _newest_first(documents: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Newest first, then by id (two stable sorts)."""
    by_id = sorted(documents, key=lambda d: d["id"])
    return sorted(by_id, key=lambda d: d["date"], reverse=True)


def _entities(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> dict[str, Any]:
    before, after = _by_id(old), _by_id(new)
    most_mentioned = lambda e: (-e["mentions"], e["name"].casefold(), e["id"])  # noqa: E731
    added = sorted((after[i] for i in after.keys() - before.keys()), key=most_mentioned)
    # A removed entity whose name is now a name of another (merged into it, renamed).
    names: dict[str, dict[str, Any]] = {}
    for entity in new:  # sorted by id: the first holder of a name wins
        for name in (entity["name"], *entity["aliases"]):
            names.setdefault(name.casefold(), entity)
    removed = [
        {**before[i], "now": names.get(before[i]["name"].casefold())}
        for i in before.keys() - after.keys()
    ]
    profiles = []
    for id_ in before.keys() & after.keys():
        what = _profile_changes(before[id_], after[id_])
        if what:
            profiles.append({**after[id_], "changes": what, "was": before[id_]})
    return {
        "new_entities": added,
        "removed_entities": sorted(removed, key=most_mentioned),
        "profiles": sorted(profiles, key=most_mentioned),
    }


def _profile_changes(was: Mapping[str, Any], now: Mapping[str, Any]) -> list[str]:
    """What changed in an entity's profile, one phrase each (empty: nothing worth it)."""
    what = []
    if was["name"] != now["name"]:
        what.append(f"now named {now['name']} (was {was['name']})")
    if was["type"] != now["type"]:
        what.append(f"now {_a(now['type'])} (was {_a(was['type'])})")
    roles = [r for r in now["roles"] if r not in set(was["roles"])]
    if roles:
        what.append(f"new role{'s' if len(roles) > 1 else ''}: " + "; ".join(roles))
    aliases = [a for a in now["aliases"] if a not in set(was["aliases"])]
    if aliases:
        what.append(f"new alias{'es' if len(aliases) > 1 else ''}: " + "; ".join(aliases))
    old, count = was["mentions"], now["mentions"]
    if abs(count - old) >= max(MENTIONS_MIN, old * MENTIONS_SHARE):
        what.append(f"mentions {old:,} → {count:,}")
    if was["page"] is None and now["page"] is not None:
        what.append("now has a page of its own")
    return what


def _a(kind: str) -> str:
    """ "a person", "an organization"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _events(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """New, re-dated and removed events. An event is the same as before by its id (which
    holds its date and first source); else by its gist (its first source's document
    and its sentence without the date): the same gist at the same date is the same
    event (its sentence moved), at another date a re-dated one."""
    before, after = _by_id(old), _by_id(new)
    gone = {i: before[i] for i in sorted(before.keys() - after.keys())}
    by_gist: dict[str, list[dict[str, Any]]] = {}
    for event in gone.values():
        by_gist.setdefault(event["gist"], []).append(event)
    added, redated = [], []
    for id_ in sorted(after.keys() - before.keys()):
        event = after[id_]
        candidates = by_gist.get(event["gist"], [])
        match = next((c for c in candidates if c["date"] == event["date"]), None)
        match = match or (candidates[0] if candidates else None)
        if match is None:
            added.append(event)
            continue
        candidates.remove(match)
        del gone[match["id"]]
        if match["date"] != event["date"]:
            redated.append({**event, "was": match})
    in_order = lambda e: (e["date"], e["id"])  # noqa: E731
    return {
        "new_events": sorted(added, key=in_order),
        "redated_events": sorted(redated, key=in_order),
        "removed_events": sorted(gone.values(), key=in_order),
    }


# --- The Atom feed -----------------------------------------------------------------------

# Characters XML 1.0 does not allow (the loader already replaces control characters;
# this keeps the feed well-formed whatever reaches it).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def feed_xml(comparison: Comparison, found: Mapping[str, Any]) -> str:
    """The Atom 1.0 feed (RFC 4287) of the changes `found` (changes(comparison)).

    Ids are urn:uuid names (UUID version 5) made from the feed's id and what the entry
    is about: an added document's or a new entity's from its id alone, so it stays the
    same from build to build; a change's (removed, edited, re-dated, profile) from its
    id and the state it changed to. Every `updated` is a date from the documents:
    an added document's own, an entity's or event's newest document, else the newest
    document of the build. Links are relative to the feed, at the site's root.
    """
    current = comparison.current
    name, title = comparison.report
    feed_id = uuid.uuid5(FEED_NAMESPACE, title)
    dates = {d["id"]: d["date"] for d in current["documents"]}
    newest = found["now"]["newest"] or (found["before"] or {}).get("newest") or "1970-01-01"
    root = ET.Element("feed", xmlns=ATOM)
    _text(root, "id", feed_id.urn)
    _text(root, "title", f"{name}: changes")
    _text(root, "subtitle", _subtitle(found))
    _text(root, "updated", _instant(newest))
    author = ET.SubElement(root, "author")
    _text(author, "name", name)
    ET.SubElement(root, "link", rel="alternate", type="text/html", href=_html(PAGE))
    _text(root, "generator", "Story report")
    entries = [*_entries(found, dates, newest)][:SHOWN]
    for kind, key, heading, updated, page, summary in entries:
        entry = ET.SubElement(root, "entry")
        _text(entry, "id", uuid.uuid5(feed_id, f"{kind}\0{key}").urn)
        _text(entry, "title", heading)
        _text(entry, "updated", _instant(updated))
        ET.SubElement(entry, "link", rel="alternate", type="text/html", href=_html(page))
        _text(entry, "summary", summary)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


Entry = tuple[str, str, str, str, str, str]  # kind, key, title, updated, page, summary


def _entries(found: Mapping[str, Any], dates: Mapping[str, str], newest: str) -> Iterable[Entry]:
    """The feed's entries, in the page's order (documents, entities, events, profiles)."""
    if found["status"] != "compared":
        return
    for d in found["added_documents"]:
        summary = f"A new document, published {d['date']}."
        yield "document", d["id"], f"New document: {d['title']}", d["date"], d["page"], summary
    for d in found["edited_documents"]:
        key = f"{d['id']}\0{d['date']}\0{d['title']}\0{d['text']}"
        summary = f"Edited ({', '.join(d['changed'])} changed)."
        yield "edited", key, f"Edited document: {d['title']}", d["date"], d["page"], summary
    for d in found["removed_documents"]:
        key = f"{d['id']}\0{d['text']}"
        summary = f"The document of {d['date']} is no longer in the report."
        yield "removed", key, f"Removed document: {d['title']}", newest, PAGE, summary
    for e in found["new_entities"]:
        summary = f"New {e['type']}, mentioned {_times(e['mentions'])}."
        page = e["page"] or PAGE
        yield "entity", e["id"], f"New {e['type']}: {e['name']}", e["last_seen"], page, summary
    for e in found["removed_entities"]:
        now = e["now"]
        summary = f"Now part of {now['name']}." if now else "No longer found in the documents."
        key = f"{e['id']}\0{now['id'] if now else ''}"
        title = f"Removed {e['type']}: {e['name']}"
        yield "removed-entity", key, title, newest, (now or {}).get("page") or PAGE, summary
    for e in found["new_events"]:
        page = f"{e['page']}#{e['id']}"
        title = f"New event, {e['date']}: {e['summary']}"
        yield "event", e["id"], title, _reported(e, dates, newest), page, e["summary"]
    for e in found["redated_events"]:
        page = f"{e['page']}#{e['id']}"
        title = f"Re-dated event, {e['was']['date']} → {e['date']}: {e['summary']}"
        summary = f"Was dated {e['was']['date']}, now {e['date']}: {e['summary']}"
        yield "redated", e["id"], title, _reported(e, dates, newest), page, summary
    for e in found["profiles"]:
        key = f"{e['id']}\0{snapshot_hash(e['was'])}\0{snapshot_hash(_plain(e))}"
        page = e["page"] or PAGE
        summary = "; ".join(e["changes"]) + "."
        yield "profile", key, f"Profile changed: {e['name']}", e["last_seen"], page, summary


def _plain(entity: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entity.items() if k not in ("changes", "was")}


def _reported(event: Mapping[str, Any], dates: Mapping[str, str], newest: str) -> str:
    """When an event was last reported: the newest of its documents' dates."""
    reported = [
        dates[s.rsplit("#", 1)[0]] for s in event["sources"] if s.rsplit("#", 1)[0] in dates
    ]
    return max(reported) if reported else newest


def _subtitle(found: Mapping[str, Any]) -> str:
    if found["status"] == "no-cache":
        return "Built without a cache: no earlier build to compare with."
    if found["status"] == "first":
        return "The first build: nothing to compare with yet."
    counts = [
        (len(found["added_documents"]), "document added", "documents added"),
        (len(found["removed_documents"]), "document removed", "documents removed"),
        (len(found["new_entities"]), "new entity", "new entities"),
        (len(found["new_events"]), "new event", "new events"),
        (len(found["redated_events"]), "event re-dated", "events re-dated"),
        (len(found["profiles"]), "profile changed", "profiles changed"),
    ]
    parts = [f"{n:,} {one if n == 1 else many}" for n, one, many in counts if n]
    return "Since the previous build: " + (", ".join(parts) if parts else "no change listed") + "."


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count:,} times"


def _instant(date: str) -> str:
    """An RFC 3339 date-time from a partial ISO date: its first day, midnight UTC."""
    parts = [*date.split("-"), "01", "01"][:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _html(page: str) -> str:
    path, _, anchor = page.partition("#")
    if path.endswith(".md"):
        path = path[:-3] + ".html"
    return path + (f"#{anchor}" if anchor else "")


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _NOT_XML.sub("\ufffd", text)
    return element


def write_changes(output: Output, renderer: Renderer, comparison: Comparison) -> None:
    """The Changes page and the feed, into the build's output."""
    found = changes(comparison)
    output.write(PAGE, renderer.render("changes.md.j2", PAGE, **found))
    output.write(FEED, feed_xml(comparison, found))
