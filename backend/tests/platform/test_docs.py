"""The interactive docs work offline and under the dashboard's Content-Security-Policy."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_docs_pages_load_only_same_origin_scripts(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        assert response.status_code == 200
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "<script>" not in response.text  # no inline script for the CSP to block
        sources = re.findall(r'(?:src|href)="([^"]+)"', response.text)
        assert sources and all(source.startswith("/") for source in sources), sources
        for source in sources:
            assert client.get(source).status_code == 200, source


def test_swagger_ui_is_pointed_at_the_openapi_document(client: TestClient) -> None:
    init = client.get("/docs/init.js").text
    assert '"url": "/api/v1/openapi.json"' in init
