"""How the installable dashboard's files are served: the service worker and the web app manifest
with their own content types and never cached past a reload (so a release reaches installed
copies), hashed bundles cached for a year, and a Content-Security-Policy that lets the page use
its own service worker and manifest and nothing else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.config import Settings
from rapport.main import DASHBOARD_CSP, create_app

MANIFEST = {"name": "Rapport", "start_url": "/", "display": "standalone", "icons": []}


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    (tmp_path / "index.html").write_text("<!doctype html><title>Rapport</title>", encoding="utf-8")
    (tmp_path / "sw.js").write_text("self.addEventListener('fetch', () => {});", encoding="utf-8")
    (tmp_path / "manifest.webmanifest").write_text(json.dumps(MANIFEST), encoding="utf-8")
    (tmp_path / "pwa-192x192.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "index-3f9a1c.js").write_text("export {};", encoding="utf-8")
    application: FastAPI = create_app(settings.model_copy(update={"frontend_dist": tmp_path}))
    yield TestClient(application)
    application.state.db.dispose()


def _directives(policy: str) -> dict[str, set[str]]:
    return {name: set(values) for name, *values in (part.split() for part in policy.split(";"))}


def test_the_service_worker_is_javascript_revalidated_on_every_load(client: TestClient) -> None:
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_manifest_is_a_web_app_manifest_revalidated_on_every_load(
    client: TestClient,
) -> None:
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/manifest+json"
    assert response.headers["cache-control"] == "no-cache"
    assert response.json() == MANIFEST


def test_the_app_shell_and_deep_links_are_revalidated_on_every_load(client: TestClient) -> None:
    for page in ("/", "/contacts/some-deep-link", "/pwa-192x192.png"):
        response = client.get(page)
        assert response.status_code == 200, page
        assert response.headers["cache-control"] == "no-cache", page


def test_hashed_bundles_are_cached_for_a_year(client: TestClient) -> None:
    response = client.get("/assets/index-3f9a1c.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


def test_a_missing_dashboard_file_is_a_404_not_the_app_shell(client: TestClient) -> None:
    assert client.get("/workbox-missing.js").status_code == 404


def test_the_policy_allows_only_its_own_service_worker_and_manifest(client: TestClient) -> None:
    policy = _directives(client.get("/").headers["content-security-policy"])
    assert policy["worker-src"] == {"'self'"}
    assert policy["manifest-src"] == {"'self'"}
    assert policy["script-src"] == {"'self'"}  # still no inline scripts, no eval
    assert policy["default-src"] == {"'self'"}


def test_api_answers_keep_no_store_beside_the_dashboard(client: TestClient) -> None:
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.headers["cache-control"] == "no-store"


def test_the_production_web_front_serves_them_the_same_way() -> None:
    nginx = (Path(__file__).resolve().parents[3] / "frontend" / "nginx.conf").read_text()
    assert f'add_header Content-Security-Policy "{DASHBOARD_CSP}";' in nginx
    blocks = {
        location: nginx.split(f"location = {location} {{", 1)[1].split("\n    }", 1)[0]
        for location in ("/sw.js", "/manifest.webmanifest")
    }
    for location, block in blocks.items():
        assert 'add_header Cache-Control "no-cache";' in block, location
    assert "default_type application/manifest+json;" in blocks["/manifest.webmanifest"]
    assert 'add_header Cache-Control "public, max-age=31536000, immutable";' in nginx
