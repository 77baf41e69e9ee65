"""An undeclared method on a known path answers 405 with `Allow` listing exactly the methods the
document declares there (RFC 9110 §15.5.6) — generated over the OpenAPI document, with the
built dashboard mounted as `make run` serves it (its catch-all must not swallow API paths)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.config import Settings
from rapport.main import create_app
from tests.conftest import Account, assert_problem

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@pytest.fixture(scope="module")
def served(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    dist: Path = tmp_path_factory.mktemp("dist")
    (dist / "index.html").write_text("<!doctype html><title>Rapport</title>")
    application = create_app(settings.model_copy(update={"frontend_dist": dist}))
    yield application
    application.state.db.dispose()


def _concrete(path: str) -> str:
    return re.sub(r"{\w+}", str(uuid.uuid4()), path)


def test_every_undeclared_method_on_a_known_path_is_405_with_allow(
    served: FastAPI, alice: Account
) -> None:
    client = TestClient(served, headers={"Authorization": f"Bearer {alice.token}"})
    checked = 0
    for path, item in served.openapi()["paths"].items():
        declared = {method.upper() for method in item}
        for method in sorted(set(METHODS) - declared):
            response = client.request(method, _concrete(path))
            assert_problem(response, 405)
            assert response.headers["allow"] == ", ".join(sorted(declared)), (method, path)
            checked += 1
    assert checked > 50


def test_a_get_on_a_post_only_api_path_is_405_not_the_dashboard(served: FastAPI) -> None:
    response = TestClient(served).get("/api/v1/auth/login")
    assert_problem(response, 405)
    assert response.headers["allow"] == "POST"


def test_dashboard_pages_and_unknown_api_paths_are_unchanged(served: FastAPI) -> None:
    client = TestClient(served)
    assert client.get("/contacts/anything").status_code == 200
    assert_problem(client.get("/api/v1/nothing-here"), 404)


def test_a_head_on_a_page_route_is_405_not_the_dashboard(served: FastAPI) -> None:
    # The dashboard's mount would answer HEAD /healthz with index.html, so HEAD is checked
    # before the app sees it, not only when the app answers 404 or 405.
    response = TestClient(served).head("/healthz")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
