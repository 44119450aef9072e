"""The CI workflow (.github/workflows/site.yml) cannot run here: check its shape and that it
uses the README's commands, which the other tests run for real."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .conftest import PROJECT

WORKFLOW = PROJECT / ".github" / "workflows" / "site.yml"


def _load() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True)  # YAML 1.1 reads the key `on` as true
    return data


def _steps(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_triggers():
    on = _load()["on"]
    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]


def test_jobs_use_the_readme_commands():
    jobs = _load()["jobs"]
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert "bash .ci/run" in _steps(jobs["test"])
    site = _steps(jobs["site"])
    assert re.search(r"^\s*make site$", site, re.M)
    assert "make site" in readme and re.search(r"^site:", makefile, re.M)
    # `make site` builds the PDF too (site --pdf), and the job checks it is there.
    assert re.search(r"^\s*\$\(PY\) -m generator site .*--pdf$", makefile, re.M)
    assert "test -s site/data/report.pdf" in site
    assert "python tests/linkcheck.py site" in site  # stdlib only: no dev dependencies


def test_previews_and_pages():
    jobs = _load()["jobs"]
    site = jobs["site"]["steps"]
    preview = next(s for s in site if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert preview["with"]["path"] == "site/"
    assert preview["if"] == "github.event_name == 'pull_request'"
    pages = next(s for s in site if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert pages["with"]["path"] == "site/"
    # site_url comes from the Pages settings (mkdocs.yml reads SITE_URL).
    configure = next(s for s in site if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in site if "make site" in s.get("run", ""))
    assert configure["id"] == "pages" and "steps.pages.outputs.base_url" in str(build["env"])
    assert "SITE_URL" in build["run"]
    assert "SITE_URL" in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    deploy = jobs["deploy"]
    assert deploy["needs"] == ["test", "site"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert _steps(deploy).startswith("actions/deploy-pages@")
    # Only the deploy job may write to Pages.
    assert _load()["permissions"] == {"contents": "read"}
    assert jobs["site"]["permissions"]["pages"] == "read"
