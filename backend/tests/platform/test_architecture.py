"""The architecture is a checked contract (import-linter, as `make lint` runs it): the layers hold,
domain services import each other only along declared edges, and no import goes in a circle."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_rapport_keeps_every_architecture_contract() -> None:
    result = _lint_imports(BACKEND)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_new_import_cycle_breaks_the_contract(tmp_path: Path) -> None:
    """Two modules that import each other, under the same contract type as rapport's."""
    package = tmp_path / "circle"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "contacts.py").write_text("from circle import reminders  # noqa\n")
    (package / "reminders.py").write_text("from circle import contacts  # noqa\n")
    (package / "notes.py").write_text("from circle import contacts  # noqa\n")
    (tmp_path / "lint_contracts.py").write_text((BACKEND / "lint_contracts.py").read_text())
    (tmp_path / ".importlinter").write_text(
        textwrap.dedent(
            """\
            [importlinter]
            root_package = circle
            contract_types =
                acyclic_modules: lint_contracts.AcyclicModulesContract

            [importlinter:contract:no-cycles]
            name = No import cycles
            type = acyclic_modules
            package = circle
            """
        )
    )
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "circle.contacts -> circle.reminders" in result.stdout.replace("\n", "")
    assert "circle.notes" not in result.stdout  # importing into a cycle is no cycle itself
