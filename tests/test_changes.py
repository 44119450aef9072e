"""What changed since the last build (publish/changes.py): the Changes page and the Atom
feed, from two builds of a small corpus (the second with a document added and one
edited), and the comparison itself on hand-made snapshots."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import feedparser
import pytest

from generator.pipeline import Options, run
from generator.publish import changes as ch

from .conftest import WIRE, snapshot

ATOM = "{http://www.w3.org/2005/Atom}"
FIRST = (
    "2023-03-01-harbour-strike-begins.txt",
    "2023-03-08-court-hearing.txt",
    "2023-03-10-court-ruling.txt",
)
ADDED = "2023-04-18-hearing.txt"
REPORT = ("Report", "")  # the report's name and report.yml title
EDITED = "2023-03-08-court-hearing.txt"


def _edit(seeds: Path) -> None:
    """Re-date the roster's signing (November 14 -> 16) and name a new person."""
    path = seeds / EDITED
    text = path.read_text(encoding="utf-8")
    text = text.replace("on November 14", "on November 16")
    text = text.replace(
        "Wilkes did not speak to reporters.",
        "Wilkes did not speak to reporters. Captain Ruth Falkner, the harbour master, "
        "said the port would stay closed.",
    )
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """The docs folder after each of four builds into one folder, with one cache: the
    first three documents; a document added and one edited; the same again; the same
    once more in another docs folder and cache, made by the same two steps."""
    root = tmp_path_factory.mktemp("changes")
    seeds = root / "seeds"
    seeds.mkdir()
    for name in FIRST:
        shutil.copy(WIRE / name, seeds / name)
    out, options = root / "docs", Options(cache=root / "cache", jobs=1)
    found = {}
    run(seeds, out, options)
    found["first"] = snapshot(out)
    shutil.copy(WIRE / ADDED, seeds / ADDED)
    _edit(seeds)
    run(seeds, out, options)
    found["second"] = snapshot(out)
    run(seeds, out, options)
    found["third"] = snapshot(out)
    # Another cache with the same history: the feed's ids do not depend on where or
    # when it was built.
    other = root / "other-seeds"
    other.mkdir()
    for name in FIRST:
        shutil.copy(WIRE / name, other / name)
    again = Options(cache=root / "other-cache", jobs=1)
    run(other, root / "other-docs", again)
    shutil.copy(WIRE / ADDED, other / ADDED)
    _edit(other)
    run(other, root / "other-docs", again)
    found["elsewhere"] = snapshot(root / "other-docs")
    return found


def _page(files: dict[str, bytes]) -> str:
    return files["changes/index.md"].decode("utf-8")


def _feed(files: dict[str, bytes]) -> bytes:
    return files["feed.xml"]


# --- Two builds ----------------------------------------------------------------------------


def test_the_first_build_has_nothing_to_compare_and_says_so(builds):
    page = _page(builds["first"])
    assert "The first build of these documents: nothing to compare with yet." in page
    assert "## New documents" not in page
    parsed = feedparser.parse(_feed(builds["first"]))
    assert not parsed.bozo and parsed.version == "atom10"
    assert parsed.entries == []


def test_the_changes_page_lists_the_added_document_new_entities_and_re_dated_events(builds):
    page = _page(builds["second"])
    added = page.split("## New documents", 1)[1].split("##", 1)[0]
    assert (
        "[Minister tells inquiry she acted as soon as talks broke down]"
        "(../sources/2023-04-18-hearing.md)" in added
    )
    assert "Dock workers walk out" not in added  # an unchanged document is not listed
    edited = page.split("## Edited documents", 1)[1].split("##", 1)[0]
    assert "(../sources/2023-03-08-court-hearing.md): text changed" in edited
    new = page.split("## New people, organizations and places", 1)[1].split("##", 1)[0]
    for name, slug in (("Ines Carvalho", "ines-carvalho"), ("Ruth Falkner", "ruth-falkner")):
        assert f"| [{name}](../people/{slug}.md) | person |" in new
    assert "Marta Oyelaran" not in new  # named in the first build already
    redated = page.split("## Re-dated events", 1)[1]
    assert re.search(
        r"- \[16 November 2022\]\(\.\./chronology/index\.md#e20221116x[0-9a-f]{8}\), "
        r"was 14 November 2022 · .*November 16",
        redated,
    )
    assert "| Documents | 3 | 4 |" in page


def test_every_link_on_the_changes_page_points_at_a_page_of_the_build(builds):
    files = builds["second"]
    page = _page(files)
    links = re.findall(r"\]\(\.\./([^)#]+)(?:#([^)]+))?\)", page)
    assert len(links) > 10
    for target, anchor in links:
        assert target in files, target
        if anchor:
            assert f'id="{anchor}"' in files[target].decode("utf-8"), anchor


def test_the_feed_parses_as_atom_and_lists_the_added_document(builds):
    parsed = feedparser.parse(_feed(builds["second"]))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.updated == "2023-04-18T00:00:00Z"  # the newest document's date
    document = [e for e in parsed.entries if e.title.startswith("New document:")]
    assert [e.title for e in document] == [
        "New document: Minister tells inquiry she acted as soon as talks broke down"
    ]
    assert document[0].link == "sources/2023-04-18-hearing.html"
    assert document[0].updated == "2023-04-18T00:00:00Z"
    assert document[0].id.startswith("urn:uuid:")
    titles = {e.title for e in parsed.entries}
    assert "New person: Ruth Falkner" in titles
    assert any(t.startswith("Re-dated event, 2022-11-14 → 2022-11-16:") for t in titles)


def test_the_feed_holds_every_element_rfc_4287_requires(builds):
    root = ET.fromstring(_feed(builds["second"]))
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    # An author on the feed, as no entry has its own (RFC 4287, 4.1.1).
    assert root.find(f"{ATOM}author/{ATOM}name").text
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) >= 5
    ids = []
    for entry in entries:
        for name in ("id", "title", "updated", "summary"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        link = entry.find(f"{ATOM}link")
        assert link is not None and link.get("rel") == "alternate" and link.get("href")
        updated = entry.find(f"{ATOM}updated").text
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", updated)
        dt.datetime.fromisoformat(updated)  # a real date (RFC 3339)
        ids.append(entry.find(f"{ATOM}id").text)
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids)


def test_the_same_input_again_gives_the_same_page_and_feed_byte_for_byte(builds):
    assert builds["third"] == builds["second"]
    assert "## New documents" in _page(builds["third"])  # the last change set, kept


def test_the_feed_ids_are_the_same_in_another_build_of_the_same_history(builds):
    assert _feed(builds["elsewhere"]) == _feed(builds["second"])
    assert _page(builds["elsewhere"]) == _page(builds["second"])


# --- The comparison, on hand-made snapshots -----------------------------------------------


def _snap(
    documents: list[dict[str, Any]] | None = None,
    entities: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> ch.Snapshot:
    return {
        "format": ch.FORMAT,
        "documents": documents or [],
        "entities": entities or [],
        "events": events or [],
    }


def _doc(id_: str, date: str = "2022-01-02", title: str = "A title", text: str = "t1"):
    return {"id": id_, "title": title, "date": date, "page": f"sources/{id_}.md", "text": text}


def _entity(id_: str, name: str, **changed: Any) -> dict[str, Any]:
    entity = {
        "id": id_,
        "name": name,
        "type": "person",
        "aliases": [],
        "roles": [],
        "mentions": 4,
        "last_seen": "2022-01-02",
        "page": f"people/{id_}.md",
    }
    return entity | changed


def _ev(id_: str, date: str, gist: str, summary: str = "It happened.") -> dict[str, Any]:
    return {
        "id": id_,
        "date": date,
        "summary": summary,
        "sources": ["a#1"],
        "page": "chronology/index.md",
        "gist": gist,
    }


def _compare(base: ch.Snapshot, current: ch.Snapshot) -> dict[str, Any]:
    return ch.changes(ch.Comparison(current, base, "compared", REPORT))


def test_a_profile_changes_with_a_new_role_alias_or_many_more_mentions():
    base = _snap(
        entities=[
            _entity("ana", "Ana Ruiz", roles=["Minister"]),
            _entity("bo", "Bo Lind", mentions=20),
            _entity("cy", "Cy Moss", mentions=20),
            _entity("di", "Di Vo", page=None),
            _entity("ed", "Ed Port"),
        ]
    )
    current = _snap(
        entities=[
            _entity("ana", "Ana Ruiz", roles=["Minister", "envoy"], aliases=["Ruiz"]),
            _entity("bo", "Bo Lind", mentions=25),  # 25%: not "by much"
            _entity("cy", "Cy Moss", mentions=30),
            _entity("di", "Di Vo"),
            _entity("ed", "Ed Port", type="organization"),
        ]
    )
    profiles = {e["id"]: e["changes"] for e in _compare(base, current)["profiles"]}
    assert profiles == {
        "ana": ["new role: envoy", "new alias: Ruiz"],
        "cy": ["mentions 20 → 30"],
        "di": ["now has a page of its own"],
        "ed": ["now an organization (was a person)"],
    }


def test_a_removed_entity_whose_name_another_now_holds_is_shown_as_part_of_it():
    base = _snap(entities=[_entity("maduro", "Maduro"), _entity("lone", "Lone Name")])
    current = _snap(entities=[_entity("nicolas-maduro", "Nicolás Maduro", aliases=["Maduro"])])
    found = _compare(base, current)
    removed = {e["id"]: (e["now"] or {}).get("id") for e in found["removed_entities"]}
    assert removed == {"maduro": "nicolas-maduro", "lone": None}
    assert [e["id"] for e in found["new_entities"]] == ["nicolas-maduro"]


def test_an_event_is_re_dated_by_its_gist_and_a_moved_sentence_is_no_change():
    base = _snap(
        events=[_ev("e1", "2022-11-14", "g1"), _ev("e2", "2022-03", "g2"), _ev("e3", "2021", "g3")]
    )
    current = _snap(
        events=[
            _ev("e1b", "2022-11-16", "g1"),  # the same sentence, another date
            _ev("e2b", "2022-03", "g2"),  # the same date, its sentence moved
            _ev("e4", "2023", "g4"),
        ]
    )
    found = _compare(base, current)
    assert [(e["id"], e["was"]["date"]) for e in found["redated_events"]] == [("e1b", "2022-11-14")]
    assert [e["id"] for e in found["new_events"]] == ["e4"]
    assert [e["id"] for e in found["removed_events"]] == ["e3"]


def test_documents_added_removed_and_edited_newest_first():
    base = _snap(documents=[_doc("a"), _doc("b"), _doc("c", title="Old")])
    current = _snap(
        documents=[_doc("b", text="t2"), _doc("c", title="New"), _doc("d", "2022-01-05"), _doc("e")]
    )
    found = _compare(base, current)
    assert [d["id"] for d in found["added_documents"]] == ["d", "e"]
    assert [d["id"] for d in found["removed_documents"]] == ["a"]
    assert [(d["id"], d["changed"]) for d in found["edited_documents"]] == [
        ("b", ["text"]),
        ("c", ["title"]),
    ]


# --- The record in the cache ---------------------------------------------------------------


def test_the_record_compares_with_the_last_build_whose_input_differed(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    one, two = _snap(documents=[_doc("a")]), _snap(documents=[_doc("a"), _doc("b")])

    def build(snap: ch.Snapshot) -> ch.Comparison:
        history = ch.History(cache, seeds)
        comparison = history.compare(snap, REPORT)
        history.save()
        return comparison

    assert build(one).status == "first"
    assert build(one).status == "first"  # the same again: still nothing to compare
    assert build(two).base == one
    assert build(two).base == one  # the same again: the same change set
    assert build(one).base == two  # back: compared with the last build
    assert ch.History(None, seeds).compare(one, REPORT).status == "no-cache"
    # Another seeds folder has its own record.
    assert ch.History(cache, tmp_path / "other").compare(two, REPORT).status == "first"


def test_a_damaged_record_is_taken_as_no_record(tmp_path):
    one, two = _snap(documents=[_doc("a")]), _snap(documents=[_doc("b")])
    for snap in (one, two):
        history = ch.History(tmp_path, tmp_path / "seeds")
        history.compare(snap, REPORT)
        history.save()
    assert history.path is not None
    intact = history.path.read_text(encoding="utf-8")

    def compared_with(text: str) -> ch.Snapshot | None:
        history.path.write_text(text, encoding="utf-8")
        return ch.History(tmp_path, tmp_path / "seeds").compare(_snap(), REPORT).base

    assert compared_with(intact) == two
    assert compared_with(intact.replace('"a"', '"x"')) is None  # the base's line changed
    assert compared_with(intact.replace('"b"', '"x"')) is None  # the last build's
    assert compared_with(intact[:-40]) is None  # cut short
    assert compared_with("{not json") is None
    assert compared_with("") is None


def test_renaming_the_report_changes_no_list(tmp_path):
    seeds = tmp_path / "seeds"
    snaps = [_snap(documents=[_doc("a")]), _snap(documents=[_doc("a"), _doc("b")])]
    for snap, report in zip(snaps, [("One", None), ("Two", None)], strict=True):
        history = ch.History(tmp_path, seeds)
        history.compare(snap, report)
        history.save()
    comparison = ch.History(tmp_path, seeds).compare(snaps[1], ("Three", "A title"))
    assert comparison.base == snaps[0]
    assert comparison.report == ("Three", "A title")
    xml = ch.feed_xml(comparison, ch.changes(comparison))
    assert "<title>Three: changes</title>" in xml


def test_text_from_documents_is_escaped_in_the_feed():
    hostile = '<script>alert(1)</script> & "{{ 7*7 }}" \x0b'
    base = _snap(documents=[_doc("a")])
    current = _snap(documents=[_doc("a"), _doc("b", title=hostile)])
    comparison = ch.Comparison(current, base, "compared", REPORT)
    xml = ch.feed_xml(comparison, ch.changes(comparison))
    assert "<script>" not in xml
    parsed = feedparser.parse(xml.encode("utf-8"))
    assert not parsed.bozo
    root = ET.fromstring(xml.encode("utf-8"))
    title = root.find(f"{ATOM}entry/{ATOM}title").text
    assert title == 'New document: <script>alert(1)</script> & "{{ 7*7 }}" \ufffd'


def test_dates_of_any_precision_become_rfc_3339_instants():
    assert ch._instant("2022-08-16") == "2022-08-16T00:00:00Z"
    assert ch._instant("2022-08") == "2022-08-01T00:00:00Z"
    assert ch._instant("2022") == "2022-01-01T00:00:00Z"


@pytest.mark.slow
def test_the_site_links_the_feed_from_every_page(built_site):
    assert (built_site / "feed.xml").is_file()
    assert (built_site / "changes" / "index.html").is_file()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Changes" href="feed.xml">' in home
    )
    profile = next((built_site / "people").glob("*.html")).read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Changes" href="../feed.xml"' in profile
