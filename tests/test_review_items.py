"""What the review rules share (publish/review_items.py): names as the corrections
loader reads them back."""

from __future__ import annotations

from generator.ingest.corrections import load_corrections
from generator.publish.review_items import yaml_id, yaml_name


def test_names_that_need_quotes_are_quoted_so_the_loader_reads_them_back(tmp_path):
    names = ["Yes", "AT&T: Inc", "#1 Fan", "O'Brien", "Ana María", "[x]", "a, b"]
    for name in names:
        path = tmp_path / "c.yml"
        path.write_text(f"- ignore: {yaml_name(name)}\n", encoding="utf-8")
        assert load_corrections(path).entries[0].names == (name,)
    assert yaml_name("O'Brien") == "O'Brien"
    assert yaml_name("Yes") == '"Yes"'


def test_document_ids_in_a_split_entry_are_read_back_as_written(tmp_path):
    ids = ["2010-05-07_1429", "2022-01-04", "memo 2", "a,b", "[x]", "#1", "-x", "null", "1e3"]
    listed = ", ".join(yaml_id(d) for d in ids)
    path = tmp_path / "c.yml"
    path.write_text(f"- split: Hill\n  from: Travis Hill\n  in: [{listed}]\n", encoding="utf-8")
    assert load_corrections(path).entries[0].documents == tuple(sorted(ids))
    assert yaml_id("2010-05-07_1429") == "2010-05-07_1429"
    assert yaml_id("memo 2") == '"memo 2"'
