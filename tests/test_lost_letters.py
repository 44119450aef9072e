"""Words that lost a letter when their text was saved (ingest/lost_letters.py): found
over the corpus, repaired where the corpus writes the full form, flagged where not, and
listed on the Build report. Invented names and documents."""

from __future__ import annotations

import pytest

from generator.ingest.load import load_corpus
from generator.ingest.lost_letters import odd_start, repair


@pytest.mark.parametrize(
    ("word", "odd"),
    [
        ("rdova", True),
        ("nther", True),
        ("Dvila", True),
        ("Mdecins", True),
        ("Street", False),
        ("Khan", False),
        ("McKay", False),
        ("Lloyd", False),
        ("Svanberg", False),
        ("mph", False),  # no vowel: an abbreviation, no word
        ("Anne", False),
        ("Crdova", False),  # "cr" may start a word: only repaired ("dropped vowel")
    ],
)
def test_odd_start(word, odd):
    assert odd_start(word) is odd


CORPUS = {
    # What the corpus writes in full, in documents that lost no letter.
    "a.txt": "date 2009-04-26 The health secretary, Rosa Angel Corlena, spoke. "
    "Yeny Bavara wrote from Valmora. Dmara Velto met her.\n",
    # Letters lost: a space for "ó" and "Á", "á" and "é" dropped.
    "b.txt": "date 2009-04-28 The secretary Rosa ngel C rlena said so. Yeny Bvara agreed. "
    "Dmara Velto called. Dr Pvel Mrtin of Mdecins du Monde came. "
    "G nther Olt spoke. Crlena spoke again. The Khmer delegates left.\n",
    # No letter lost: names that start with odd consonants are left alone.
    "c.txt": "date 2009-04-29 Mbala Tsvenga and Nkora Moyel met in Valmora.\n",
}


def test_lost_letters_are_repaired_from_the_corpus_or_flagged(make_seeds):
    corpus = load_corpus(make_seeds(CORPUS))
    by_id = {d.id: d for d in corpus.documents}
    lost = {written: full for _, written, full in by_id["b"].dropped}
    assert lost == {
        "ngel": "Angel",  # a piece between capitalised words, "Angel" in a.txt
        "C rlena": "Corlena",  # a lone capital and a piece, "Corlena" in a.txt
        "Bvara": "Bavara",  # a vowel after the first letter, "Bavara" in a.txt
        "Pvel": None,  # flagged: no full form in the corpus
        "Mrtin": None,
        "Mdecins": None,
        "G nther": None,
        "Crlena": "Corlena",  # "cr" may start a word, "crl" not: a vowel dropped
    }  # not "Dmara": a.txt, which lost no letter, writes it too; not "Khmer" (no full form)
    text = by_id["b"].text
    assert "Rosa Angel Corlena said so" in text and "Yeny Bavara agreed" in text
    assert "G nther" in text  # flagged words stay as written
    sentence = {written: number for number, written, _ in by_id["b"].dropped}
    assert by_id["b"].sentences[sentence["Mdecins"] - 1].text.startswith("Dr Pvel Mrtin")
    assert by_id["a"].dropped == () and by_id["c"].dropped == ()  # "Mbala", "Nkora"
    [warning] = [p for p in corpus.problems if "lost a letter" in p.message]
    assert warning.path.endswith("b.txt") and warning.level == "warning"
    assert "8 word(s) lost a letter" in warning.message and "4 repaired" in warning.message


def test_repair_replaces_whole_words_only():
    assert repair("C rdova met C rdovan.", [("C rdova", "Córdova")]) == "Córdova met C rdovan."


def test_the_build_report_lists_them_with_document_and_sentence(make_seeds):
    from generator.ingest.report import ReportSettings
    from generator.model import Chronology, Corpus, Findings
    from generator.pipeline import TEMPLATES
    from generator.publish import pages
    from generator.publish.naming import report_info
    from generator.publish.quality import quality
    from generator.publish.render import Renderer

    corpus = load_corpus(make_seeds(CORPUS))
    corpus = Corpus(corpus.documents, ())
    findings = Findings((), Chronology((), ()), (), ())
    rows = quality(corpus, findings).lost_letters
    assert [(r.written, r.full) for r in rows][:4] == [
        ("Pvel", None),
        ("Mrtin", None),
        ("Mdecins", None),
        ("G nther", None),
    ]  # flagged first: a reader must check them
    renderer = Renderer(TEMPLATES, report_info(ReportSettings(title="Flu"), corpus, ()))
    text = pages._build_report(renderer, "build-report/index.md", corpus, findings, ())
    assert "8 word(s) lost a letter when the text was saved" in text
    assert "| Mdecins | flagged |" in text and "| C rlena | Corlena |" in text


def test_a_letter_lost_before_the_last_is_repaired_only_to_a_name(make_seeds):
    corpus = load_corpus(
        make_seeds(
            {
                "a.txt": "date 2009-04-26 President Felipe Valderon spoke. Seen from afar, "
                "it was seen by all.\n",
                # "ó" written as a space; a lost apostrophe leaves "Russia s".
                "b.txt": "date 2009-04-28 President Felipe Valder n said so. Cardinal Se n "
                "Brady agreed. Russia s navy came. The plan b failed.\n",
            }
        )
    )
    by_id = {d.id: d for d in corpus.documents}
    assert {written: full for _, written, full in by_id["b"].dropped} == {
        "Valder n": "Valderon"
    }  # not "Seen", a word the corpus writes in lower case; not "Russia s"
    assert "Felipe Valderon said so" in by_id["b"].text and "Russia s navy" in by_id["b"].text



@pytest.mark.parametrize(("elsewhere", "full"), [("", "Jose"), (" Josh Angel came.", None)])
def test_a_names_last_letter_lost_beside_a_split_word_is_repaired_by_the_next_word(
    make_seeds, elsewhere, full
):
    corpus = load_corpus(
        make_seeds(
            {
                "a.txt": f"date 2009-04-26 Minister Jose Angel Cordova spoke.{elsewhere}\n",
                "b.txt": "date 2009-04-28 The minister, Jos Angel C rdova, said so.\n",
            }
        )
    )
    by_id = {d.id: d for d in corpus.documents}
    lost = {written: found for _, written, found in by_id["b"].dropped}
    assert lost.pop("C rdova") == "Cordova"
    # the longer form written before the same next word; none where two are (Josh)
    assert lost == ({"Jos": "Jose"} if full else {})
    assert ("Jose Angel Cordova" in by_id["b"].text) == bool(full)
