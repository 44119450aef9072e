"""The report's own name: `report.yml` beside the documents (optional), validated.

    title: Americans detained in Venezuela
    subtitle: What the press reported, December 2021 to August 2022
    description: Profiles, chronology and sources built from 2 news articles.

Every key is optional; without a title the report is named after its corpus (its main
entity and the span of its documents, publish/naming.py), never a generic name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ConfigError
from .load import UNSAFE_CHARS

FILE_NAMES = ("report.yml", "report.yaml")
KEYS = ("title", "subtitle", "description")
MAX_CHARS = {"title": 120, "subtitle": 200, "description": 600}


@dataclass(frozen=True, slots=True)
class ReportSettings:
    title: str | None = None
    subtitle: str | None = None
    description: str | None = None


def find_report_settings(seeds: Path) -> ReportSettings:
    """The settings of `seeds`/report.yml (or .yaml); all None when there is none."""
    for name in FILE_NAMES:
        path = seeds / name
        if path.is_file():
            return load_report_settings(path)
    return ReportSettings()


def load_report_settings(path: Path) -> ReportSettings:
    """Read and validate report.yml. ConfigError naming the file, the line and the fix."""
    try:
        text = path.read_text(encoding="utf-8")
        for token in yaml.scan(text):  # linear; refuses what could blow up when loaded
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                raise ConfigError(
                    f"{path}:{token.start_mark.line + 1}: a YAML anchor or alias, which is "
                    "not allowed here. Write each value out in full."
                )
        root = yaml.compose(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            f"{path}: cannot read the report settings ({error.__class__.__name__}). "
            "Save it as UTF-8 text."
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise ConfigError(f"{path}:{line}: not valid YAML. Fix the syntax there.") from None
    if root is None:
        return ReportSettings()
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(
            f"{path}:{root.start_mark.line + 1}: expected keys and values, e.g. "
            '"title: My story". Write the settings as key: value lines.'
        )
    values: dict[str, str] = {}
    for key_node, value_node in root.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key not in KEYS:
            raise ConfigError(
                f'{path}:{line}: unknown setting "{key}". Use {", ".join(KEYS)}.'
            )
        if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
            raise ConfigError(f'{path}:{line}: "{key}" must be a line of text. Write it so.')
        value = " ".join(UNSAFE_CHARS.sub("\ufffd", str(value_node.value)).split())
        if len(value) > MAX_CHARS[key]:
            raise ConfigError(
                f'{path}:{line}: "{key}" is {len(value)} characters long. '
                f"Shorten it to {MAX_CHARS[key]} or fewer."
            )
        values[key] = value
    return ReportSettings(**values)
