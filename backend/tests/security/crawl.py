"""Walking the API from its OpenAPI document, so every endpoint is covered as soon as it exists.

`populate` gives an account one object of every kind (through tests/factories.py, which the
ownership walk already forces to be complete), `read_urls` turns every GET operation into a URL
filled with that account's own ids, and `crawl` fetches them all.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI
from sqlalchemy import select

from rapport.models import Base
from tests.conftest import Account
from tests.factories import PATH_OBJECTS

API = "/api/v1"
# Addressed by its own secret rather than by an owner's id.
FEED_PARAMETER = "feed_token"


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.spec["operationId"])

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def parameters(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)

    @property
    def authenticated(self) -> bool:
        return bool(self.spec.get("security"))

    @property
    def creates(self) -> bool:
        return self.method == "post" and "201" in self.spec["responses"]

    def query_parameters(self) -> list[dict[str, Any]]:
        return [p for p in self.spec.get("parameters", []) if p["in"] == "query"]

    def body_schema(self, document: dict[str, Any]) -> dict[str, Any] | None:
        content = self.spec.get("requestBody", {}).get("content", {})
        for media in content.values():
            return resolve(document, media.get("schema", {}))
        return None


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    return schema


def operations(app: FastAPI) -> list[Operation]:
    return [
        Operation(path, method, spec)
        for path, item in app.openapi()["paths"].items()
        for method, spec in item.items()
    ]


def populate(account: Account) -> dict[str, str]:
    """One object of every kind for this account; path parameter → id."""
    ids = {name: make(account) for name, make in PATH_OBJECTS.items()}
    ids[FEED_PARAMETER] = feed_token(account)
    return ids


def feed_token(account: Account) -> str:
    response = account.get(f"{API}/me/calendar")
    assert response.status_code == 200, response.text
    path = urlsplit(response.json()["url"]).path
    match = re.fullmatch(r"/calendar/(.+)\.ics", path)
    assert match, path
    return match.group(1)


def fill(path: str, ids: dict[str, str]) -> str:
    return re.sub(r"{(\w+)}", lambda m: ids[m.group(1)], path)


def read_urls(app: FastAPI, ids: dict[str, str]) -> list[tuple[Operation, str]]:
    return [(op, fill(op.path, ids)) for op in operations(app) if op.method == "get"]


def crawl(account: Account, app: FastAPI, ids: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """Every GET operation, as this account, with its own ids: (label, response)."""
    for op, url in read_urls(app, ids):
        yield op.label, account.get(url)


def owned_ids(app: FastAPI, user_id: str) -> set[str]:
    """The id of every row this user owns, in every table (and the user's own id)."""
    owner = uuid.UUID(user_id)
    found = {user_id}
    with app.state.db.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("user_id")
            if column is None or "id" not in table.c:
                continue
            found |= {str(v) for v in session.scalars(select(table.c.id).where(column == owner))}
    return found
