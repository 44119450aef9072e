"""The analyst's corrections file (`corrections.yml` in the seeds folder), validated.

A YAML list; each entry is one action on the entities, named by any spelling seen:

    - merge: [James Storey, James Story]   # one entity; `into:` names it (optional)
      into: James Story
    - rename: Brittany Griner              # the right spelling; the old one stays an alias
      to: Brittney Griner
    - alias: Fat Leonard                   # another name of the entity (its mentions too)
      of: Leonard Francis
    - type: place                          # person, organization or place
      of: El Helicoide
    - ignore: Amba                         # not an entity
    - description: US hostage envoy        # a one-line description for the profile
      of: Roger Carstens
    - split: Hill                          # mentions written so are not this entity's:
      from: Travis Hill                    # they become an entity of their own
      in: [2022-01-04-memo]                # (optional) only in these documents

Corrections are applied after automatic resolution (resolve/corrections.py). Entries that match nothing are
reported as warnings; a malformed file fails once, listing every problem.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..model import ENTITY_TYPES, Problem
from .load import UNSAFE_CHARS

ACTIONS = ("merge", "rename", "alias", "type", "ignore", "description", "split")
# The second key each action takes, and whether it is required.
PARTNER = {
    "merge": ("into", False),
    "rename": ("to", True),
    "alias": ("of", True),
    "type": ("of", True),
    "ignore": (None, False),
    "description": ("of", True),
    "split": ("from", True),
}
# Keys an action may take besides those two.
OPTIONAL = {"split": ("in",)}
HINT = {
    "merge": "merge: [Name One, Name Two]",
    "rename": "rename: Old Spelling\n  to: Right Spelling",
    "alias": "alias: Other Name\n  of: Entity Name",
    "type": "type: person\n  of: Entity Name",
    "ignore": "ignore: Name",
    "description": "description: One line about them\n  of: Entity Name",
    "split": "split: Lone Name\n  from: Entity Name",
}
DOCUMENTS_HINT = (
    "in: [2022-01-04-memo, 2022-01-05-briefing], each a document's file name without "
    '".txt" or ".md"'
)


@dataclass(frozen=True, slots=True)
class Correction:
    action: str  # one of ACTIONS
    names: tuple[str, ...]  # the entity (or, for merge, entities) it applies to
    value: str | None  # rename: new name; alias: the alias; type; description; merge: into;
    # split: the spelling whose mentions leave the entity
    line: int
    documents: tuple[str, ...] = ()  # split: only in these documents (Document.id); all if ()


@dataclass(frozen=True, slots=True)
class Corrections:
    path: str
    entries: tuple[Correction, ...] = ()
    problems: tuple[Problem, ...] = ()  # warnings found when reading the file


def load_corrections(path: Path) -> Corrections:
    """Read and validate the corrections file. Raises ConfigError listing every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            f"{path}: cannot read the corrections file ({error.__class__.__name__}). "
            "Save it as UTF-8 text."
        ) from None
    try:
        _refuse_aliases(path, text)
        root = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or "syntax error"
        raise ConfigError(
            f"{path}:{line}: not valid YAML ({problem}). Fix the syntax there."
        ) from None
    except RecursionError:  # "[[[[...": nested deeper than the reader can follow
        raise ConfigError(
            f"{path}: nested too deeply to read. Write each correction as a flat entry, "
            'e.g. "- ignore: Name".'
        ) from None
    if root is None:
        return Corrections(str(path))
    if not isinstance(root, yaml.SequenceNode):
        raise ConfigError(
            f"{path}:{root.start_mark.line + 1}: the file must be a list of corrections. "
            'Start each entry with "- ", e.g. "- ignore: Name".'
        )
    errors: list[str] = []
    entries: list[Correction] = []
    for node in root.value:
        entry = _entry(node, str(path), errors)
        if entry is not None:
            entries.append(entry)
    if errors:
        raise ConfigError("\n".join(errors))
    cleaned = [_clean(entry) for entry in entries]
    problems = tuple(
        Problem(
            str(path),
            entry.line,
            "control character(s) or lone surrogate(s) in this correction, replaced by "
            "U+FFFD. Remove them from the names.",
            "warning",
        )
        for entry, clean in zip(entries, cleaned, strict=True)
        if clean != entry
    )
    return Corrections(str(path), tuple(cleaned), problems)


def _refuse_aliases(path: Path, text: str) -> None:
    """ConfigError at the first YAML anchor or alias: a few nested aliases stand for
    billions of names. (Scanning, unlike loading, is linear in the file's length.)"""
    for token in yaml.scan(text):
        if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
            raise ConfigError(
                f"{path}:{token.start_mark.line + 1}: a YAML anchor or alias "
                f"('&{token.value}' or '*{token.value}'), which are not allowed here. "
                "Write each name out in full."
            )


def _clean(entry: Correction) -> Correction:
    """The entry with control characters and lone surrogates (which YAML escapes such
    as "\\a" or "\\ud800" write) replaced by U+FFFD."""
    names = tuple(UNSAFE_CHARS.sub("\ufffd", name) for name in entry.names)
    value = UNSAFE_CHARS.sub("\ufffd", entry.value) if entry.value is not None else None
    documents = tuple(UNSAFE_CHARS.sub("\ufffd", d) for d in entry.documents)
    if names == entry.names and value == entry.value and documents == entry.documents:
        return entry
    return replace(entry, names=names, value=value, documents=documents)


def _entry(node: yaml.Node, path: str, errors: list[str]) -> Correction | None:
    """The correction an entry of the file makes, or None (its problems in `errors`)."""
    checked = _action_and_fields(node, path, errors)
    if checked is None:
        return None
    action, fields = checked
    line = node.start_mark.line + 1
    if action == "merge":
        return _merge_entry(fields, path, line, errors)
    return _named_entry(action, fields, path, line, errors)


def _action_and_fields(
    node: yaml.Node, path: str, errors: list[str]
) -> tuple[str, dict[str, yaml.Node]] | None:
    """The entry's action and its fields by key, if it is a mapping with exactly one
    action, only the keys that action takes and the one it needs."""
    where = f"{path}:{node.start_mark.line + 1}"
    if not isinstance(node, yaml.MappingNode):
        errors.append(
            f'{where}: an entry must be a mapping such as "- ignore: Name". '
            f"Start it with one of: {', '.join(ACTIONS)}."
        )
        return None
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        fields[key] = value_node
    actions = [k for k in fields if k in ACTIONS]
    if len(actions) != 1:
        found = ", ".join(actions) if actions else "none"
        errors.append(
            f"{where}: an entry needs exactly one action (found: {found}). "
            f"Use one of {', '.join(ACTIONS)} per entry."
        )
        return None
    action = actions[0]
    partner, required = PARTNER[action]
    hint = _hint(action)
    keys = (action, *((partner,) if partner else ()), *OPTIONAL.get(action, ()))
    for key, value_node in fields.items():
        if key not in keys:
            quoted = [f'"{k}"' for k in keys]
            allowed = ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if quoted[1:] else quoted[0]
            errors.append(
                f'{path}:{value_node.start_mark.line + 1}: unknown key "{key}" in a {action} '
                f"entry. Use only {allowed}, e.g. {hint}"
            )
            return None
    if required and partner not in fields:
        errors.append(f'{where}: "{action}" needs "{partner}". Write it as: {hint}')
        return None
    return action, fields


def _hint(action: str) -> str:
    return HINT[action].replace("\n", " ")


def _merge_entry(
    fields: dict[str, yaml.Node], path: str, line: int, errors: list[str]
) -> Correction | None:
    hint = _hint("merge")
    names = _names(fields["merge"], path, errors, hint)
    if names is None:
        return None
    if len(names) < 2:
        errors.append(f"{path}:{line}: merge needs at least two names. Write it as: {hint}")
        return None
    into = _text(fields["into"], path, errors, "into", hint) if "into" in fields else None
    if "into" in fields and into is None:
        return None
    return Correction("merge", tuple(names), into, line)


def _named_entry(
    action: str, fields: dict[str, yaml.Node], path: str, line: int, errors: list[str]
) -> Correction | None:
    """An entry about one name: ignore, rename, alias, type or description."""
    partner = PARTNER[action][0]
    hint = _hint(action)
    value = _text(fields[action], path, errors, action, hint)
    other = _text(fields[partner], path, errors, partner, hint) if partner else None
    if value is None or (partner and other is None):
        return None
    if action == "type":
        if value not in ENTITY_TYPES:
            errors.append(
                f'{path}:{fields[action].start_mark.line + 1}: unknown type "{value}". '
                f"Use one of: {', '.join(ENTITY_TYPES)}."
            )
            return None
        return Correction(action, (str(other),), value, line)
    if action == "ignore":
        return Correction(action, (value,), None, line)
    if action == "split":
        documents: tuple[str, ...] = ()
        if "in" in fields:
            found = _documents(fields["in"], path, errors)
            if found is None:
                return None
            documents = found
        return Correction(action, (str(other),), value, line, documents)
    if action == "rename":
        return Correction(action, (value,), other, line)
    return Correction(action, (str(other),), value, line)  # alias, description


def _text(node: yaml.Node, path: str, errors: list[str], key: str, hint: str) -> str | None:
    if isinstance(node, yaml.ScalarNode) and str(node.value).strip():
        return " ".join(str(node.value).split())
    errors.append(
        f'{path}:{node.start_mark.line + 1}: "{key}" must be a name or text on one line. '
        f"Write it as: {hint}"
    )
    return None


def _documents(node: yaml.Node, path: str, errors: list[str]) -> tuple[str, ...] | None:
    """A split's documents: one id (Document.id, the file name's stem) or a list."""
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    documents = []
    for item in items:
        text = str(item.value).strip() if isinstance(item, yaml.ScalarNode) else ""
        if not text or "\n" in text:
            errors.append(
                f'{path}:{item.start_mark.line + 1}: "in" must be a document\'s id or a list of them. '
                f"Write it as: {DOCUMENTS_HINT}"
            )
            return None
        documents.append(text)
    if not documents:
        errors.append(
            f'{path}:{node.start_mark.line + 1}: "in" lists no document. '
            f"Write it as: {DOCUMENTS_HINT}, or leave it out to split in every document"
        )
        return None
    return tuple(sorted(set(documents)))


def _names(node: yaml.Node, path: str, errors: list[str], hint: str) -> list[str] | None:
    if not isinstance(node, yaml.SequenceNode):
        errors.append(
            f'{path}:{node.start_mark.line + 1}: "merge" must be a list of names. '
            f"Write it as: {hint}"
        )
        return None
    names = []
    for item in node.value:
        text = _text(item, path, errors, "merge", hint)
        if text is None:
            return None
        names.append(text)
    return names
