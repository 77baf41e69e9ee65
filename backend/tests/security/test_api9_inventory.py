"""OWASP API9:2023 Improper Inventory Management — what is served is exactly what is documented.

The committed openapi.json is the served document; every served API route is in it and every
documented operation is really routed; nothing undocumented answers besides the docs themselves
and the dashboard; every API path is versioned under /api/v1.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi import FastAPI, routing
from fastapi.testclient import TestClient

from tests.conftest import Account
from tests.security.crawl import API, operations

REPO = Path(__file__).resolve().parents[3]
# Served without being API operations: the documentation and its assets, and the page shown at /
# before the dashboard is built (once built, the dashboard is a mount, not a route).
UNDOCUMENTED_ALLOWED = {
    ("/", "GET"),
    ("/api/v1/openapi.json", "GET"),
    ("/docs", "GET"),
    ("/docs/oauth2-redirect", "GET"),
    ("/docs/init.js", "GET"),
    ("/redoc", "GET"),
}
UNVERSIONED_ALLOWED = {"/healthz", "/readyz", "/calendar/{feed_token}.ics"}


def _served(app: FastAPI) -> set[tuple[str, str]]:
    return {
        (context.path, method)
        for context in routing.iter_route_contexts(app.routes)
        if context.path and context.methods
        for method in context.methods - {"HEAD"}
    }


def test_the_committed_document_is_the_served_one(client: TestClient) -> None:
    committed = json.loads((REPO / "openapi.json").read_text(encoding="utf-8"))
    assert committed == client.get(f"{API}/openapi.json").json(), "run `make openapi`"


def test_every_served_route_is_documented_or_known(app: FastAPI) -> None:
    documented = {(op.path, op.method.upper()) for op in operations(app)}
    undocumented = _served(app) - documented - UNDOCUMENTED_ALLOWED
    assert not undocumented, sorted(undocumented)
    assert documented <= _served(app)


def test_every_documented_operation_is_routed(app: FastAPI, alice: Account) -> None:
    for op in operations(app):
        url = re.sub(r"{\w+}", "00000000-0000-4000-8000-000000000000", op.path)
        response = alice.client.request(op.method.upper(), url)
        assert response.status_code != 405, op.label
        if response.status_code == 404:
            # Our own "not found" names the kind of object; the router's bare one does not.
            assert response.json()["detail"] != "Not Found", op.label


def test_every_api_path_is_versioned(app: FastAPI) -> None:
    unversioned = {op.path for op in operations(app) if not op.path.startswith(f"{API}/")}
    assert unversioned <= UNVERSIONED_ALLOWED


def test_undocumented_paths_answer_404_not_the_dashboard(client: TestClient) -> None:
    for path in (f"{API}/admin", f"{API}/v2/contacts", "/api/v2/contacts", f"{API}/debug"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json"), path
