from pathlib import Path

from generator.publish.render import Renderer, human_date, md_escape

from .conftest import PROJECT


def test_md_escape_leaves_no_markup():
    hostile = "<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} **b** | `c`"
    escaped = md_escape(hostile)
    for char in "<>[](){}*|`":
        assert char not in escaped


def test_templates_escape_document_text(tmp_path):
    renderer = Renderer(PROJECT / "templates", {"name": "R"})
    from .conftest import load_document

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

    from generator.publish.render import _SPECIAL, _finalize

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


def test_compiled_templates_are_kept_and_give_the_same_pages(tmp_path, monkeypatch):
    import jinja2

    from generator.publish import render

    from .conftest import load_document

    path = tmp_path / "x.txt"
    path.write_text("date 2022-01-01 Caracas (CNN) A <b>bold</b> claim: 50% * 2 = `x`.")
    document = load_document(path)

    def page(cache):
        renderer = Renderer(PROJECT / "templates", {"name": "R"}, cache=cache)
        return renderer.render("source.md.j2", "sources/x.md", document=document)

    plain = page(None)
    cache = tmp_path / "cache"
    assert page(cache) == plain  # compiled, and the code stored
    (folder,) = (cache / "templates").iterdir()
    assert list(folder.glob("__jinja2_*.cache"))
    compiled = []
    real = jinja2.Environment.compile
    monkeypatch.setattr(
        jinja2.Environment, "compile", lambda *a, **k: compiled.append(1) or real(*a, **k)
    )
    assert page(cache) == plain  # from the stored code
    assert compiled == []
    # Another version of render.py (its filters, finalize, options): another folder,
    # the old one removed, the templates compiled again.
    changed = tmp_path / "render.py"
    changed.write_text(Path(render.__file__).read_text() + "\n# changed\n")
    monkeypatch.setattr(render, "__file__", str(changed))
    assert page(cache) == plain
    assert compiled
    (other,) = (cache / "templates").iterdir()
    assert other.name != folder.name
