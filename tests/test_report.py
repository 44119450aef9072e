"""The report's name: report.yml (ingest/report.py) or one made from the corpus
(publish/naming.py)."""

from __future__ import annotations

import pytest

from generator.errors import ConfigError
from generator.ingest.report import ReportSettings, find_report_settings, load_report_settings
from generator.publish.naming import span_label


def test_settings_are_read_and_validated(tmp_path):
    path = tmp_path / "report.yml"
    path.write_text("title: Americans detained in Venezuela\nsubtitle: A year of talks\n")
    assert load_report_settings(path) == ReportSettings(
        "Americans detained in Venezuela", "A year of talks", None
    )
    assert find_report_settings(tmp_path).title == "Americans detained in Venezuela"
    assert find_report_settings(tmp_path / "none") == ReportSettings()


def test_keep_off_topic_is_a_switch(tmp_path):
    path = tmp_path / "report.yml"
    path.write_text("keep_off_topic: true\n")
    assert load_report_settings(path).keep_off_topic is True
    path.write_text("keep_off_topic: false\ntitle: T\n")
    assert load_report_settings(path) == ReportSettings(title="T", keep_off_topic=False)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "titel: X\n",
            'report.yml:1: unknown setting "titel". '
            "Use title, subtitle, description, keep_off_topic.",
        ),
        ("keep_off_topic: yes\n", 'report.yml:1: "keep_off_topic" must be true or false.'),
        ("title: [a, b]\n", 'report.yml:1: "title" must be a line of text. Write it so.'),
        ("- title\n", "report.yml:1: expected keys and values"),
        ("a: &x y\ntitle: *x\n", "report.yml:1: a YAML anchor or alias"),
        ("title: 'open\n", "report.yml:2: not valid YAML. Fix the syntax there."),
        (f"title: {'x' * 130}\n", 'report.yml:1: "title" is 130 characters long.'),
    ],
)
def test_a_bad_file_names_the_line_and_the_fix(tmp_path, text, message):
    path = tmp_path / "report.yml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_report_settings(path)
    assert str(error.value).startswith(f"{path.parent}/{message}")


def test_the_built_report_is_named_after_its_corpus_or_its_settings(make_seeds, tmp_path):
    from generator.pipeline import Options, run, site_settings

    text = "date 2022-08-16 Roger Carstens met Nicolás Maduro in Caracas. Carstens left.\n"
    seeds = make_seeds({"a.txt": text})
    out = tmp_path / "docs"
    run(seeds, out, Options(cache=tmp_path / "cache"))
    home = (out / "index.md").read_text(encoding="utf-8")
    name = site_settings(out)["site_name"]
    assert name.endswith(", 16 August 2022") and "Story report" not in home
    assert f"# {name}" in home
    (seeds / "report.yml").write_text("title: The envoy\nsubtitle: One visit\n")
    run(seeds, out, Options(cache=tmp_path / "cache"))
    home = (out / "index.md").read_text(encoding="utf-8")
    assert "# The envoy\n\n*One visit*" in home
    assert site_settings(out)["site_name"] == "The envoy"


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (("2022-08-16", "2022-08-16"), "16 August 2022"),
        (("2021-12-10", "2021-12-17"), "10 to 17 December 2021"),
        (("2021-01-20", "2021-12-30"), "January to December 2021"),
        (("2021-12-10", "2022-08-16"), "December 2021 to August 2022"),
        (None, ""),
    ],
)
def test_span_label(span, label):
    assert span_label(span) == label
