"""The package's layout: stages as subpackages, dependencies pointing one way, no cycles.

Read from the source (every `import`, lazy ones inside functions included), so a stage
that imports a later one fails here before anyone has to find the cycle at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# The stages in pipeline order: a stage may import the ones before it, never after.
STAGES = ("ingest", "analyse", "resolve", "chronology", "publish")
# Used by every stage; imports none of them.
SHARED = ("infra", "model", "errors", "lexicon")
# The entry points: they put the stages together and may import any of them.
TOP = ("__init__", "__main__", "cli", "pipeline", "watch")


def _modules() -> dict[str, Path]:
    return {
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts): path
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _imports(name: str, path: Path) -> set[str]:
    """The generator modules `name` imports, resolved to module names."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    modules = _modules()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            targets = [stem] + [f"{stem}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target in modules:
                found.add(target)
            elif target.startswith("generator.") and target.rsplit(".", 1)[0] in modules:
                found.add(target.rsplit(".", 1)[0])
    found.discard(name)
    return found


def _part(module: str) -> str:
    """The stage (or shared part, or entry point) a module belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


GRAPH = {name: _imports(name, path) for name, path in _modules().items()}


def test_every_module_belongs_somewhere():
    unknown = sorted({_part(m) for m in GRAPH} - set(STAGES) - set(SHARED) - set(TOP))
    assert not unknown, f"modules outside the layout: {unknown}"


def _wrong(module: str, imports: set[str]) -> list[str]:
    """The imports of `module` that break the layout, each with the reason."""
    part = _part(module)
    wrong = []
    for imported in sorted(imports):
        other = _part(imported)
        if other == part or (other in ("model", "errors", "__init__") and part != "__init__"):
            continue
        if part in SHARED and other not in SHARED:
            wrong.append(f"{imported} (a shared part imports no stage)")
        elif part in STAGES and other in TOP:
            wrong.append(f"{imported} (an entry point)")
        elif part in STAGES and other in STAGES and STAGES.index(other) > STAGES.index(part):
            wrong.append(f"{imported} (a later stage)")
    return wrong


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_dependencies_point_one_way(module):
    wrong = _wrong(module, GRAPH[module])
    assert not wrong, f"{module} imports " + ", ".join(wrong)


def test_no_import_cycles():
    """Depth-first search for a back edge over the module graph."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for imported in sorted(GRAPH[module]):
            if imported.endswith("__init__") or imported == "generator":
                continue
            if state.get(imported) == 1:
                return [*path[path.index(imported) :], imported]
            if imported not in state:
                cycle = visit(imported)
                if cycle:
                    return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(GRAPH):
        if module not in state:
            cycle = visit(module)
            assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_the_check_finds_a_wrong_import(tmp_path):
    """The checks above can fail: a stage importing a later one, even lazily inside a
    function, and a shared part importing a stage, are both found."""
    path = tmp_path / "x.py"
    path.write_text("def f():\n    from ..publish import render\n")
    imports = _imports("generator.resolve.x", path)
    assert imports == {"generator.publish.render"}
    assert _wrong("generator.resolve.x", imports) == ["generator.publish.render (a later stage)"]
    assert _wrong("generator.infra.x", {"generator.ingest.text"}) == [
        "generator.ingest.text (a shared part imports no stage)"
    ]
    assert _wrong("generator.publish.x", {"generator.resolve.mentions"}) == []
