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
