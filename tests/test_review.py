"""The review list: each kind of item on a small fixture, its corrections.yml entry
read by the real loader, and the item gone once the entry is applied."""

from __future__ import annotations

import pytest

from generator.ingest.corrections import load_corrections
from generator.model import Citation, Event
from generator.publish.review import Item, format_items, review
from generator.resolve.entities import resolve_entities
from generator.resolve.mentions import vocabulary_of

from .entity_fixtures import make

TEXTS = {
    "a": (
        "2022-01-03",
        "The [City of Dayton|GPE] sued. Officials in [Dayton|GPE] agreed. "
        "[Travis Hill|PERSON] spoke. Go ahead, [Yamiche|ORG]. Thanks, [Yamiche|ORG]. "
        "The [Task Force|ORG] met. The task force is new.",
    ),
    "b": (
        "2022-01-04",
        "The [Hill|PERSON] voted. The [Hill|PERSON] met. The [Hill|PERSON] left. "
        "I would say, [Yamiche|ORG], no. The task force met again.",
    ),
    "c": ("2022-01-05", "On the [Hill|PERSON], talks. The [Hill|PERSON] waits. A task force sat."),
    "d": ("2022-01-06", "The [Hill|PERSON] agreed. The [Hill|PERSON] is busy."),
    "e": (
        "2022-01-07",
        "[Ana María de la Cruz|PERSON] arrived. Later [Ana María Cruz|PERSON] left "
        "the [Pacific Island|LOC] for the [Pacific Islands|LOC].",
    ),
}


def build(texts=TEXTS, corrections=None, events=()):
    corpus, analyses = make(texts)
    entities, problems = resolve_entities(corpus, analyses, corrections)
    items = review(corpus.documents, entities, events, vocabulary_of(corpus.documents))
    return items, entities, problems


def of_kind(items, kind: str) -> list[Item]:
    return [i for i in items if i.kind == kind]


def test_each_kind_is_found_with_its_evidence():
    items, _, _ = build()
    titles = {(i.kind, i.title) for i in items}
    assert ("duplicate", "City of Dayton and Dayton: one place?") in titles
    assert ("duplicate", "Pacific Island and Pacific Islands: one place?") in titles
    assert ("type", "Yamiche: a person, not an organization?") in titles
    assert ("junk", "Task Force: not an entity?") in titles
    assert ("merge", "Travis Hill: is every 'Hill' this person?") in titles
    dayton = next(i for i in items if i.title.startswith("City of Dayton"))
    assert [(e.document, e.sentence, e.text) for e in dayton.evidence] == [
        ("a", 1, "The City of Dayton sued."),
        ("a", 2, "Officials in Dayton agreed."),
    ]
    assert dayton.evidence[0].page == "sources/a.md"
    assert dayton.snippet == "- merge: [City of Dayton, Dayton]\n  into: City of Dayton"
    yamiche = of_kind(items, "type")[0]
    assert "3 of 3 mentions speak to them" in yamiche.rule
    assert yamiche.snippet == "- type: person\n  of: Yamiche"
    junk = of_kind(items, "junk")[0]
    assert "'task force' is written in lower case 3 times" in junk.rule
    assert junk.snippet == "- ignore: Task Force"
    merge = of_kind(items, "merge")[0]
    # Every lone "Hill" is in a document without the full name: split it off everywhere.
    assert merge.snippet == "- split: Hill\n  from: Travis Hill"
    assert {e.document for e in merge.evidence} == {"a", "b", "c"}


def test_order_is_by_score_then_kind_then_title():
    items, _, _ = build()
    keys = [(-i.score, i.kind, i.title) for i in items]
    kinds = ("duplicate", "type", "junk", "merge", "date")
    assert keys == sorted(keys, key=lambda k: (k[0], kinds.index(k[1]), k[2]))
    assert build()[0] == items  # the same input, the same list


@pytest.mark.parametrize("kind", ["duplicate", "type", "junk", "merge"])
def test_every_snippet_loads_and_applied_makes_its_item_disappear(tmp_path, kind):
    items, _, _ = build()
    for item in of_kind(items, kind):
        assert item.snippet is not None
        path = tmp_path / f"{kind}.yml"
        path.write_text(item.snippet + "\n", encoding="utf-8")
        corrections = load_corrections(path)  # the real loader, the entry as it is
        assert len(corrections.entries) == 1
        after, entities, problems = build(corrections=corrections)
        assert problems == ()  # the entry matched its entities
        assert item.title not in {i.title for i in after}
        names = {e.name: e for e in entities}
        entry = corrections.entries[0]
        if kind == "duplicate":  # one entity now, named as the entry says
            assert entry.value in names
            assert not (set(entry.names) - {entry.value}) & set(names)
        elif kind == "type":
            assert names[entry.names[0]].type == entry.value
        elif kind == "merge":  # the lone name leaves the person, an entity of its own
            assert [m.text for m in names["Travis Hill"].mentions] == ["Travis Hill"]
            assert {m.document for m in names["Hill"].mentions} == {"b", "c", "d"}
        else:
            assert entry.names[0] not in names


def test_a_suspicious_merge_splits_only_where_the_full_name_is_not_given(tmp_path):
    texts = dict(TEXTS)
    texts["a"] = ("2022-01-03", TEXTS["a"][1] + " Later [Hill|PERSON] left.")
    texts["f"] = ("2022-01-08", "The [Hill|PERSON] rose. The [Hill|PERSON] sat.")
    texts["g 2"] = ("2022-01-09", "Up on the [Hill|PERSON] again.")  # a file name's space
    items, _, _ = build(texts)
    merge = of_kind(items, "merge")[0]
    assert merge.snippet == ('- split: Hill\n  from: Travis Hill\n  in: [b, c, d, f, "g 2"]')
    path = tmp_path / "corrections.yml"
    path.write_text(merge.snippet + "\n", encoding="utf-8")
    corrections = load_corrections(path)
    assert corrections.entries[0].documents == ("b", "c", "d", "f", "g 2")
    after, entities, problems = build(texts, corrections)
    assert problems == () and not of_kind(after, "merge")
    names = {e.name: e for e in entities}
    # The lone "Hill" of the document that names Travis Hill stays his.
    assert [(m.text, m.document) for m in names["Travis Hill"].mentions] == [
        ("Travis Hill", "a"),
        ("Hill", "a"),
    ]
    assert {m.document for m in names["Hill"].mentions} == {"b", "c", "d", "f", "g 2"}


def test_a_long_list_of_documents_is_written_one_a_line(tmp_path):
    texts = dict(TEXTS)
    texts["a"] = ("2022-01-03", TEXTS["a"][1] + " Later [Hill|PERSON] left.")
    long = [f"2022-02-{day:02}-a-press-briefing-by-the-press-secretary" for day in (1, 2)]
    for day, name in enumerate(long, 1):
        texts[name] = (f"2022-02-{day:02}", "The [Hill|PERSON] rose.")
    merge = of_kind(build(texts)[0], "merge")[0]
    assert (
        merge.snippet
        == "- split: Hill\n  from: Travis Hill\n  in:\n"
        + "".join(f"    - {d}\n" for d in [*long, "b", "c"])
        + "    - d"
    )
    path = tmp_path / "corrections.yml"
    path.write_text(merge.snippet + "\n", encoding="utf-8")
    after, _, problems = build(texts, load_corrections(path))
    assert problems == () and not of_kind(after, "merge")


def test_sources_that_date_one_happening_differently_are_a_doubtful_date():
    cite_a, cite_b = Citation("a", 1), Citation("b", 1)
    events = (
        Event(
            "e1",
            "2022-01-02",
            "day",
            "The City of Dayton sued.",
            "Ohio sued",
            "Sunday",
            "'Sunday', in an article of 3 Jan 2022",
            (),
            (cite_a,),
            also_reported=("e2",),
        ),
        Event(
            "e2",
            "2022-01-01",
            "day",
            "The Hill voted.",
            "Ohio sued",
            "Saturday",
            "'Saturday', in an article of 4 Jan 2022",
            (),
            (cite_b,),
            also_reported=("e1",),
        ),
    )
    items, _, _ = build(events=events)
    dates = of_kind(items, "date")
    assert len(dates) == 1  # one item per disagreement
    assert dates[0].title == "Ohio sued: 2022-01-02 or 2022-01-01?"
    assert [e.note for e in dates[0].evidence] == [
        "dated 2022-01-02: 'Sunday', in an article of 3 Jan 2022",
        "dated 2022-01-01: 'Saturday', in an article of 4 Jan 2022",
    ]
    assert dates[0].snippet is None
    assert "   fix: no corrections.yml entry can (see why)\n" in format_items(dates)


def test_format_items_prints_the_entry_to_paste():
    items, _, _ = build()
    text = format_items(items[:1])
    assert text.startswith("1. [duplicate] ")
    assert "   fix (paste into corrections.yml):\n     - merge: [" in text


def test_review_page_cites_sources_and_shows_entries_literally(tmp_path):
    from generator.model import Chronology, Findings
    from generator.pipeline import TEMPLATES
    from generator.publish.pages import REVIEW_PAGE, review_page
    from generator.publish.render import Renderer
    from generator.publish.review import review_corpus

    texts = dict(TEXTS)
    texts["a"] = ("2022-01-03", TEXTS["a"][1] + " A <script>x()</script> {{ 7*7 }} here.")
    corpus, analyses = make(texts)
    entities, _ = resolve_entities(corpus, analyses)
    renderer = Renderer(TEMPLATES, {"name": "Test", "description": ""})
    items = review_corpus(corpus, Findings(tuple(entities), Chronology((), ())))
    page = review_page(renderer, items)
    assert REVIEW_PAGE == "build-report/review.md"
    assert "## 3. City of Dayton and Dayton&#58; one place?" in page
    assert "](../sources/a.md#s1)" in page
    # The entry, line by line in a <pre> block (Markdown leaves it alone, the browser
    # shows the characters): pasted, it is the snippet.
    assert (
        "<pre><code>&#45; merge&#58; &#91;City of Dayton, Dayton&#93;\n  into&#58; City of Dayton\n"
        "</code></pre>"
    ) in page
    assert "<script>" not in page and "{{ 7*7 }}" not in page
    assert "| Likely duplicates | 3 |" in page
    # The suspicious merge has its entry too: only a date has none.
    assert "<pre><code>&#45; split&#58; Hill\n  from&#58; Travis Hill\n</code></pre>" in page
    assert "No entry of the corrections file can fix this" not in page


def test_review_command_prints_the_list_and_reads_the_corrections_file(tmp_path, capsys):
    import re

    from generator.cli import main

    from .conftest import WIRE, copy_fixtures

    seeds = copy_fixtures(tmp_path / "seeds", WIRE)
    # Two spellings of one name that resolution leaves apart (no country of the
    # gazetteers, no short "Valmora Isles" to join them to): the review's to offer.
    (seeds / "2023-03-21-spain.txt").write_text(
        "date 2023-03-21 Officials of the Republic of the Valmora Isles met dock workers in "
        "Esterby on Monday. The Republic of Valmora Isles offered help, a minister said. The "
        "Republic of the Valmora Isles will send ships.\n",
        encoding="utf-8",
    )
    args = ["review", "--seeds", str(seeds), "--cache", str(tmp_path / "cache"), "--jobs", "1"]
    assert main(args) == 0
    out, err = capsys.readouterr()
    total = int(re.search(r"(\d+) items to review; \1 shown", err).group(1))
    assert total == len(re.findall(r"(?m)^\d+\. \[", out)) > 0
    first = out.split("\n\n")[0]
    assert first.startswith(
        "1. [duplicate] Republic of the Valmora Isles and Republic of Valmora Isles: one place?"
    )
    assert main([*args, "--top", "1"]) == 0
    out, err = capsys.readouterr()
    assert out.split("\n\n")[0] == first
    assert err.endswith(f"{total} items to review; 1 shown\n")
    # Pasting the first item's entry, as printed, into corrections.yml removes it.
    snippet = "\n".join(line[5:] for line in first.splitlines() if line.startswith("     "))
    assert snippet == (
        "- merge: [Republic of the Valmora Isles, Republic of Valmora Isles]\n"
        "  into: Republic of the Valmora Isles"
    )
    (seeds / "corrections.yml").write_text(snippet + "\n", encoding="utf-8")
    assert main(args) == 0
    out, err = capsys.readouterr()
    assert "Republic of the Valmora Isles and" not in out
    assert err.endswith(f"{total - 1} items to review; {total - 1} shown\n")


def test_lower_case_phrases_are_counted_as_the_whole_text_counts_them():
    """lower_phrases counts within the runs of the phrases' letters: the counts are
    str.count's over the whole text, inside longer words, across lines and beside
    punctuation included."""
    from generator.publish.review import lower_phrases

    texts = {
        "d0": ("2022-05-01", "[Task Force|ORG] met. The task force met; a task force, and "
               "multitask forces.\nOur task\nforce and the task force."),
        "d1": ("2022-05-02", "[Task Force|ORG] again: the task force said the task force "
               "would (task force) meet."),
    }  # fmt: skip
    corpus, analyses = make(texts)
    entities, _ = resolve_entities(corpus, analyses)
    vocabulary = vocabulary_of(corpus.documents)
    counts = lower_phrases(corpus.documents, entities, vocabulary)
    text = "\n".join(d.text for d in corpus.documents)
    assert set(counts) == {"task force"}
    assert counts == {phrase: text.count(phrase) for phrase in counts}
    assert counts["task force"] == 7  # "multitask forces" too; not "task\nforce"
