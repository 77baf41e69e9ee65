"""The committed openapi.json is exactly what the app serves, and it is complete."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, routing
from fastapi.testclient import TestClient

from rapport.errors import PROBLEM_MEDIA_TYPE

REPO = Path(__file__).resolve().parents[3]


def test_committed_openapi_matches_the_served_document(client: TestClient) -> None:
    served = client.get("/api/v1/openapi.json").json()
    committed = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    assert committed == served, "openapi.json is stale: run `make openapi` and commit it"


def test_operation_ids_are_unique_and_every_operation_is_described(app: FastAPI) -> None:
    ids = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            ids.append(operation["operationId"])
            assert operation.get("tags"), f"{method} {path} has no tag"
            assert operation.get("summary"), f"{method} {path} has no summary"
    assert len(ids) == len(set(ids))


def test_every_error_response_is_documented_as_problem_json(app: FastAPI) -> None:
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            for code, response in operation["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(response["content"]) == [PROBLEM_MEDIA_TYPE], (method, path, code)
            if operation.get("security"):
                assert "401" in operation["responses"], (method, path)


def test_routes_served_are_the_paths_documented(app: FastAPI) -> None:
    documented = {
        (path, method.upper()) for path, item in app.openapi()["paths"].items() for method in item
    }
    served = {
        (context.path, method)
        for context in routing.iter_route_contexts(app.routes)
        if getattr(context.route, "include_in_schema", False) and context.methods
        for method in context.methods - {"HEAD"}
    }
    assert served == documented


def test_request_bodies_refuse_unknown_fields(app: FastAPI) -> None:
    schemas = app.openapi()["components"]["schemas"]
    for name, schema in schemas.items():
        if name.endswith(("Create", "Update")):
            assert schema.get("additionalProperties") is False, name
