"""Titles read as text (issue 13): a title given with a document is sentence 1 of its
text, its names count like any sentence's, but in title case headline words are not
names (resolve/titles.py); the source page shows it once, as its heading, with #s1."""

from generator.ingest.load import load_corpus
from generator.publish.policy import page_policy
from generator.publish.profiles import source_segments
from generator.publish.render import Renderer
from generator.resolve.entities import resolve_entities
from generator.resolve.titles import title_case

from .chronology_fixtures import analyse_by_hand
from .conftest import PROJECT

STATEMENT = (
    "date 2022-06-10\nStatement by Press Secretary Jen Psaki on the Bipartisan Senate Deal\n\n"
    "The Senate passed the bill with bipartisan support. Psaki said the vote was bipartisan.\n"
)
HEADLINE = (
    "date 2022-06-11\nTalks with the Harbour Authority stall in Valmora\n\n"
    "The harbour was calm. Jen Psaki spoke. The harbour authority said nothing.\n"
)
MARKS = {
    "s": [
        ("Jen Psaki", "PERSON"),
        ("Bipartisan Senate", "PERSON"),
        ("Senate", "ORG"),
        ("Psaki", "PERSON"),
    ],
    "h": [("Harbour Authority", "ORG"), ("Valmora", "GPE"), ("Jen Psaki", "PERSON")],
}


def _entities(make_seeds):
    corpus = load_corpus(make_seeds({"s.txt": STATEMENT, "h.txt": HEADLINE}))
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, MARKS))
    return corpus, {e.name: e for e in entities}


def test_title_case():
    assert title_case("Biden-Harris Administration Advances Equity Through Federal Procurement")
    assert title_case("Press Briefing by Press Secretary Jen Psaki, January 20, 2021")
    assert title_case(
        "FACT SHEET: The United States Continues to Strengthen Cooperation with G7 on 21st "
        "Century Challenges, including those Posed by the People’s Republic of China (PRC)"
    )
    assert not title_case("Dock workers walk out at the port of Valmora over night shifts")
    assert not title_case("Talks with the Harbour Authority stall in Valmora")
    assert not title_case("Statement")  # one word says nothing


def test_names_in_a_title_count_as_mentions_cited_to_it(make_seeds):
    _, found = _entities(make_seeds)
    psaki = found["Jen Psaki"]
    assert [(m.document, m.sentence) for m in psaki.mentions] == [
        ("s", 1),  # the title
        ("s", 3),  # "Psaki" in the body, its lone surname
        ("h", 3),
    ]
    assert psaki.documents == ("s", "h") and psaki.first_seen == "2022-06-10"


def test_headline_words_in_a_title_case_title_are_not_names(make_seeds):
    _, found = _entities(make_seeds)
    # "Bipartisan" is a word the corpus writes in lower case: a headline's, not a name's.
    assert "Bipartisan Senate" not in found
    assert [(m.document, m.sentence) for m in found["Senate"].mentions] == [("s", 2)]
    assert found["Senate"].type == "organization"


def test_a_headline_in_sentence_case_is_read_like_any_sentence(make_seeds):
    _, found = _entities(make_seeds)
    # "harbour" and "authority" are common words, but the title is no title-case headline.
    assert [(m.document, m.sentence) for m in found["Harbour Authority"].mentions] == [("h", 1)]
    assert [(m.document, m.sentence) for m in found["Valmora"].mentions] == [("h", 1)]


def test_the_source_page_shows_the_title_once_as_its_heading_with_its_anchor(make_seeds):
    corpus, _ = _entities(make_seeds)
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, MARKS))
    entities = page_policy(entities, len(corpus.documents))
    document = next(d for d in corpus.documents if d.id == "s")
    segments = source_segments(corpus.documents, entities)["s"]
    page = Renderer(PROJECT / "templates", {"name": "R"}).render(
        "source.md.j2", document.page, document=document, segments=segments
    )
    heading = next(line for line in page.splitlines() if line.startswith("# "))
    assert heading.startswith('# <span class="source-title sentence" id="s1" data-n="1">')
    assert "Statement by Press Secretary " in heading and "Bipartisan Senate Deal" in heading
    assert "Bipartisan Senate Deal" not in page.split(heading)[1]  # not again in the text
    assert 'id="s2"' in page and page.count('id="s1"') == 1
    # Without a page for the entity the heading is plain text, escaped.
    plain = Renderer(PROJECT / "templates", {"name": "R"}).render(
        "source.md.j2", document.page, document=document
    )
    assert (
        '# <span class="source-title sentence" id="s1" data-n="1">'
        "Statement by Press Secretary Jen Psaki on the Bipartisan Senate Deal</span>" in plain
    )


def test_a_hostile_title_stays_text_in_the_heading(make_seeds):
    corpus = load_corpus(
        make_seeds({"x.txt": "date 2022-01-01\n<script>alert(1)</script> {{ 7*7 }}\n\nBody.\n"})
    )
    document = corpus.documents[0]
    assert document.titled
    page = Renderer(PROJECT / "templates", {"name": "R"}).render(
        "source.md.j2", document.page, document=document
    )
    assert "<script>" not in page and "49" not in page
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page


def test_each_rule_for_a_name_in_a_title_case_title():
    from collections import Counter

    from generator.resolve.mentions import Vocabulary, name_key
    from generator.resolve.titles import title_name_rule

    vocabulary = Vocabulary(Counter({"bipartisan": 5, "energy": 9}), Counter({"bipartisan": 1}))
    known = {name_key("Department of Energy")}
    assert title_name_rule("Department of Energy", known, vocabulary) == "named in the text"
    assert title_name_rule("Jen Psaki", known, vocabulary, " on the Vote") == "no common word"
    assert title_name_rule("Bipartisan Senate", known, vocabulary, " Deal") is None
    # The pipeline took part of a longer name: "Biden-Harris [Administration] Advances".
    assert title_name_rule("Biden-Harris", known, vocabulary, " Administration Advances") is None
    assert title_name_rule("Biden-Harris", known, vocabulary, " and the Vote") == "no common word"


def test_a_headline_opening_a_document_given_no_title_is_read_as_one(make_seeds):
    """A document with no title of its own whose first paragraph is one line in title
    case, with no full stop, opens with a headline: its headline words are not names."""
    body = "\n\nThe Senate passed the bill with bipartisan support. Psaki spoke.\n"
    corpus = load_corpus(
        make_seeds(
            {
                "u.txt": " date 2022-06-12 Statement on the Bipartisan Senate Deal" + body,
                "v.txt": " date 2022-06-13 The Bipartisan Caucus Deal passed." + body,
            }
        )
    )
    marks = {
        "u": [("Bipartisan Senate", "PERSON"), ("Senate", "ORG"), ("Psaki", "PERSON")],
        "v": [("Bipartisan Caucus", "PERSON"), ("Senate", "ORG"), ("Psaki", "PERSON")],
    }
    entities, _ = resolve_entities(corpus, analyse_by_hand(corpus, marks))
    found = {e.name: e for e in entities}
    assert "Bipartisan Senate" not in found
    # a sentence with its full stop is no headline, however capitalised
    assert [(m.document, m.sentence) for m in found["Bipartisan Caucus"].mentions] == [("v", 1)]
