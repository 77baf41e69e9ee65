"""Shared Schemathesis setup for the in-suite run: the schema of the app as served, run lengths.

`make test` runs a short, derandomized (fixed-seed) pass; `make fuzz` sets RAPPORT_FUZZ_EXAMPLES
for a longer, randomized run.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

from rapport.config import Settings
from rapport.main import create_app
from tests.reliability import contract  # noqa: F401  (registers the formats and hooks)

EXAMPLES = int(os.environ.get("RAPPORT_FUZZ_EXAMPLES", "8"))
STATEFUL_EXAMPLES = int(os.environ.get("RAPPORT_FUZZ_STATEFUL_EXAMPLES", str(max(6, EXAMPLES))))
LONG_RUN = "RAPPORT_FUZZ_EXAMPLES" in os.environ

# Every built-in check runs with its defaults: no 5xx; documented status codes, content types,
# headers and bodies; schema-valid input accepted and invalid input refused; undeclared methods
# answered 405; auth not ignored; deleted objects gone. The rules JSON Schema cannot state are
# honoured by the generated data (tests/reliability/contract.py), never by loosening a check.
CONFIG: dict[str, Any] = {}


def served_document() -> dict[str, Any]:
    """The OpenAPI document of the app as it is now (equal to openapi.json; a test checks that)."""
    return create_app(Settings(env="test", database_url="sqlite://")).openapi()


def load_schema() -> Any:
    return schemathesis.openapi.from_dict(
        served_document(), config=schemathesis.Config.from_dict(CONFIG)
    )


def hypothesis_settings(examples: int, **extra: Any) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not LONG_RUN,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
        **extra,
    )
