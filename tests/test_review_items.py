"""What the review rules share (publish/review_items.py): names as the corrections
loader reads them back."""

from __future__ import annotations

from generator.ingest.corrections import load_corrections
from generator.publish.review_items import yaml_name


def test_names_that_need_quotes_are_quoted_so_the_loader_reads_them_back(tmp_path):
    names = ["Yes", "AT&T: Inc", "#1 Fan", "O'Brien", "Ana María", "[x]", "a, b"]
    for name in names:
        path = tmp_path / "c.yml"
        path.write_text(f"- ignore: {yaml_name(name)}\n", encoding="utf-8")
        assert load_corrections(path).entries[0].names == (name,)
    assert yaml_name("O'Brien") == "O'Brien"
    assert yaml_name("Yes") == '"Yes"'
