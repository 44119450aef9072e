"""A step that reads one document, counted: which documents a build read again."""

from __future__ import annotations

from typing import Any

import pytest


def documents_read(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    """Replace `module.name`, a function of a document (and what it reads in it), by one
    that records the document's id at each call; returns the list of ids it fills."""
    read: list[str] = []
    step = getattr(module, name)

    def counted(document: Any, *args: Any) -> Any:
        read.append(document.id)
        return step(document, *args)

    monkeypatch.setattr(module, name, counted)
    return read
