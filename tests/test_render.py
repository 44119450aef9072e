from generator.render import Renderer, human_date, md_escape

from .conftest import PROJECT


def test_md_escape_leaves_no_markup():
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} **b** | `c`"
    escaped = md_escape(hostile)
    for char in "<>[](){}*|`":
        assert char not in escaped


def test_templates_escape_document_text(tmp_path):
    renderer = Renderer(PROJECT / "templates", {"name": "R"})
    from generator.load import load_document

    path = tmp_path / "x.txt"
    path.write_text("date 2022-01-01 <script>alert(1)</script> {{ 7*7 }} {% raw %}.")
    page = renderer.render("source.md.j2", "sources/x.md", document=load_document(path))
    assert "<script>" not in page
    assert "49" not in page
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page


def test_human_date():
    assert human_date("2021-12-07") == "7 December 2021"
    assert human_date("2022-03") == "March 2022"
    assert human_date("2017") == "2017"


def test_every_special_character_becomes_a_reference_and_plain_text_stays():
    from markupsafe import Markup

    from generator.render import _SPECIAL, _finalize

    renderer = Renderer(PROJECT / "templates", {"name": "R"})
    template = renderer.env.from_string("{{ v }}|{{ n }}|{{ m }}")
    text = "a" + "".join(f"{c}b" for c in _SPECIAL) + "\nc\rd\te"
    expected = "a" + "".join(f"&#{ord(c)};b" for c in _SPECIAL) + " c d e"
    assert md_escape(text) == expected
    page = template.render(v=text, n=-3, m=Markup("<b>kept</b>"))
    assert page == f"{expected}|&#45;3|<b>kept</b>"
    plain = "Joe Biden, President of the United States."
    assert _finalize(plain) is plain  # nothing to escape: passed on as it is
    assert template.render(v=plain, n=12, m=None) == f"{plain}|12|"
