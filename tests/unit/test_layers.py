"""The layer rule of STYLE.md, checked by walking every import in the package.

ui → services → (mail, manual, sales, charts, exports, store) → core. Only ui imports Qt, only store
imports SQLAlchemy/Alembic, only mail imports imapclient/smtplib/email parsing, only exports fpdf2.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"

# For each third-party (or stdlib) module: the only layers allowed to import it.
RESTRICTED = {
    "PySide6": {"ui"},
    "shiboken6": {"ui"},
    "sqlalchemy": {"store"},
    "alembic": {"store"},
    "imapclient": {"mail"},
    "smtplib": {"mail"},
    "imaplib": {"mail"},
    "email": {"mail"},
    "keyring": {"mail"},
    "fpdf": {"exports"},
}
# Which desk_app layers each layer may import.
ALLOWED_INTERNAL = {
    "core": {"core"},
    "store": {"store", "core"},
    "mail": {"mail", "core"},
    "manual": {"manual", "core"},
    "sales": {"sales", "core"},
    "charts": {"charts", "core"},
    "exports": {"exports", "core"},
    "services": {"services", "store", "mail", "manual", "sales", "charts", "exports", "core", "paths"},
    "ui": {"ui", "services", "charts", "core", "paths"},  # charts: Qt-free figure builders the GUI embeds
    "cli": {"services", "core", "exports", "paths", "logs"},
    "paths": set(),
    "logs": {"paths"},
    "__main__": {"cli"},  # and ui, lazily, to start the window
}
LAYER_OF_TOP = {"desk_app"}


def layer_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py") if rel.parts else ""


def imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.name != "__init__.py")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_respect_the_layers(path: Path) -> None:
    layer = layer_of(path)
    violations = []
    for module, line in imports(path):
        top = module.split(".")[0]
        if top in RESTRICTED and layer not in RESTRICTED[top]:
            violations.append(f"line {line}: {module} is not for the {layer} layer")
        if top == "desk_app":
            parts = module.split(".")
            target = parts[1] if len(parts) > 1 else ""
            if target in ("", "__init__"):
                continue  # the package's own constants (version, app name)
            allowed = ALLOWED_INTERNAL.get(layer, set()) | {layer}
            if layer == "__main__" and target == "ui":
                continue
            if target not in allowed:
                violations.append(f"line {line}: {layer} must not import desk_app.{target}")
    assert not violations, "\n".join(violations)


def test_the_walk_sees_the_layers() -> None:
    # Guards the test itself: an empty walk would pass vacuously.
    seen = {layer_of(p) for p in SOURCES}
    assert {"core", "store", "services", "cli", "paths"} <= seen
    assert any(name == "sqlalchemy" for p in SOURCES for name, _ in imports(p))
