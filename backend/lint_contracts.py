"""An import-linter contract type of our own: no import cycles between any two modules.

import-linter's built-in `acyclic_siblings` judges packages as wholes; in a domain package the
router sits above the shared auth dependencies and the models below them, so a package-level
view sees cycles that are not there. This contract looks at modules: it is broken by any chain
of imports that leads from a module back to itself. Registered in `pyproject.toml`
(`[tool.importlinter] contract_types`) and run by `make lint`.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class AcyclicModulesContract(Contract):
    """No module of ``package`` reaches itself through its imports."""

    type_name = "acyclic_modules"

    package = fields.StringField()

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        package = str(self.package)
        modules = sorted(graph.find_matching_modules(package) | graph.find_descendants(package))
        cycles: dict[frozenset[str], list[str]] = {}
        for module in modules:
            for imported in sorted(graph.find_modules_directly_imported_by(module)):
                if imported == module or not imported.startswith(package):
                    continue
                back = graph.find_shortest_chain(importer=imported, imported=module)
                if back is not None:
                    cycle = [module, *back]
                    cycles.setdefault(frozenset(cycle), cycle)
        return ContractCheck(kept=not cycles, metadata={"cycles": list(cycles.values())})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print_error("Import cycle: " + " -> ".join(cycle))
            output.new_line()
