"""Schema-driven fuzzing (Schemathesis) of every operation in the served OpenAPI document.

Stateless: every operation gets generated valid and invalid input, authenticated with a real
token; every answer must be documented (status code, content type, headers, body schema) and
none may be a server error. Stateful: sequences of calls linked through response ids and
`Location` headers (links inferred by Schemathesis), with the same checks on every step.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import Account
from tests.reliability import contract
from tests.reliability.fuzzing import (
    EXAMPLES,
    STATEFUL_EXAMPLES,
    hypothesis_settings,
    load_schema,
)

schema = load_schema()


@pytest.fixture(autouse=True)
def _once_per_database(dialect: str) -> None:
    # `make test` runs the contract run (Schemathesis' CLI, 30 examples per operation, against
    # the served app on Postgres) beside this pass: Postgres is fuzzed there, once.
    if dialect == "postgresql" and os.environ.get("RAPPORT_CONTRACT_RUN_COVERS_POSTGRES"):
        pytest.skip("Postgres is fuzzed by the contract run of this `make test` (make contract)")


@pytest.fixture
def credentials(app: FastAPI, alice: Account) -> Iterator[contract.KeptToken]:
    """Alice's token, kept alive through logouts (see `contract.KeptToken`); the hooks look up
    her objects with it."""
    kept = contract.KeptToken(app.state.db.sessionmaker, uuid.UUID(alice.user_id), alice.token)
    contract.kept_token = kept
    contract.use_client(TestClient(app, headers=kept.headers))
    yield kept
    contract.use_client(None)
    contract.kept_token = None


@schema.parametrize()
@hypothesis_settings(EXAMPLES)
def test_every_operation_answers_as_documented(
    case: Any, app: FastAPI, credentials: contract.KeptToken
) -> None:
    case.call_and_validate(app=app, headers=credentials.headers)


def test_call_sequences_answer_as_documented(app: FastAPI, credentials: contract.KeptToken) -> None:
    base = schema.as_state_machine()
    linked_successes: set[str] = set()

    class Sequences(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"app": app, "headers": credentials.headers}

        def after_call(self, response: Any, case: Any) -> None:
            super().after_call(response, case)
            if "{" in case.operation.path and response.status_code < 300:
                linked_successes.add(case.operation.label)

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                transport_kwargs=kwargs or None,
                recorder=getattr(self, "recorder", None),
            )

    Sequences.run(settings=hypothesis_settings(STATEFUL_EXAMPLES, stateful_step_count=8))
    # Random ids only ever find nothing: a 2xx on a path-id operation proves the sequences
    # really followed ids from earlier answers.
    assert linked_successes, "no stateful sequence reached an existing object"
