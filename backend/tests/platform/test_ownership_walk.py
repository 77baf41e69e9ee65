"""Another user's object answers 404, exactly like a missing one, and is left unchanged.

The walk is generated from the OpenAPI document: every operation with a path id is called by
Bob with Alice's ids.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from rapport.models import Base
from tests.conftest import Account, assert_problem
from tests.factories import PATH_OBJECTS, VALID_BODIES

_IGNORED_COLUMNS = {"last_used_at"}


def snapshot(app: FastAPI, user_id: str) -> dict[str, list[Any]]:
    """Every row the user owns, in every table."""
    owner = uuid.UUID(user_id)
    rows: dict[str, list[Any]] = {}
    with app.state.db.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("user_id") if table.name != "users" else table.c.id
            if column is None:
                continue
            columns = [c for c in table.c if c.name not in _IGNORED_COLUMNS]
            rows[table.name] = [
                tuple(row)
                for row in session.execute(
                    select(*columns).where(column == owner).order_by(*table.primary_key.columns)
                )
            ]
    return rows


def operations_with_path_ids(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            if "{" in path:
                found.append((path, method, operation))
    return found


def test_every_path_parameter_has_a_factory(app: FastAPI) -> None:
    params = {
        name
        for path, _, _ in operations_with_path_ids(app)
        for name in re.findall(r"{(\w+)}", path)
    }
    missing = params - PATH_OBJECTS.keys() - {"feed_token"}
    assert not missing, f"add factories in tests/factories.py for {sorted(missing)}"


def test_another_users_objects_answer_404_and_stay_unchanged(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    ids = {name: make(alice) for name, make in PATH_OBJECTS.items()}
    before = snapshot(app, alice.user_id)
    walked = []
    for path, method, operation in operations_with_path_ids(app):
        names = re.findall(r"{(\w+)}", path)
        if "feed_token" in names:
            continue  # the calendar feed is addressed by its secret, not an owner's id
        url = path.format(**{name: ids[name] for name in names})
        kwargs: dict[str, Any] = {}
        if "requestBody" in operation:
            kwargs["json"] = VALID_BODIES.get(operation["operationId"], {})
        response = bob.client.request(method.upper(), url, **kwargs)
        assert_problem(response, 404)
        walked.append(f"{method.upper()} {path}")
    assert len(walked) >= 8, walked
    assert snapshot(app, alice.user_id) == before


def test_unknown_ids_answer_the_same_404(alice: Account) -> None:
    missing = str(uuid.uuid4())
    response = alice.get(f"/api/v1/contacts/{missing}")
    assert assert_problem(response, 404)["detail"] == "No contact with this id."


def test_lists_show_only_your_own_objects(alice: Account, bob: Account) -> None:
    PATH_OBJECTS["contact_id"](alice)
    assert bob.get("/api/v1/contacts").json()["items"] == []
    assert [t["name"] for t in bob.get("/api/v1/me/tokens").json()["items"]] == ["tests"]
