"""Interactive API docs (/docs with Swagger UI, /redoc) served from local assets.

FastAPI's default pages load scripts from a CDN and run an inline script; both would be blocked
by our Content-Security-Policy (and the CDN may be unreachable). These pages use only files
served from this origin.
"""

from __future__ import annotations

import json
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles

ASSETS = "/docs-assets"
_STATIC = Path(fastapi_offline.__file__).parent / "static"


def install_docs(app: FastAPI, *, openapi_url: str) -> None:
    app.mount(ASSETS, StaticFiles(directory=_STATIC), name="docs-assets")
    init_script = (
        "window.ui = SwaggerUIBundle("
        + json.dumps(
            {
                "url": openapi_url,
                "dom_id": "#swagger-ui",
                "deepLinking": True,
                "persistAuthorization": True,
                "displayRequestDuration": True,
            }
        )
        + ");\n"
    )

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return HTMLResponse(
            f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{app.title} – interactive docs</title>
<link rel="icon" href="{ASSETS}/favicon.png">
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>"""
        )

    @app.get("/docs/init.js", include_in_schema=False)
    async def swagger_init() -> Response:
        return Response(init_script, media_type="text/javascript")

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return HTMLResponse(
            f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{app.title} – reference</title><link rel="icon" href="{ASSETS}/favicon.png"></head>
<body><redoc spec-url="{openapi_url}"></redoc>
<script src="{ASSETS}/redoc.standalone.js"></script></body></html>"""
        )
