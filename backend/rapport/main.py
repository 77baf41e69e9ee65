"""The application: API routers under /api/v1, problem+json errors, security headers, and the
built dashboard served at / on the same origin."""

from __future__ import annotations

import gc
import re
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, routing
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse, Response
from starlette.routing import compile_path
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rapport import __version__, text
from rapport.accounts.router import router as me_router
from rapport.auth import service as auth_service
from rapport.auth.router import router as auth_router
from rapport.calendar.router import feed_router as calendar_feed_router
from rapport.calendar.router import router as calendar_router
from rapport.config import Settings, get_settings
from rapport.contacts.router import router as contacts_router
from rapport.dashboard.router import router as dashboard_router
from rapport.db import Database
from rapport.docs import install_docs
from rapport.errors import FieldError, install_error_handlers, problem_response
from rapport.exports.router import router as exports_router
from rapport.health.router import router as health_router
from rapport.imports.router import router as imports_router
from rapport.interactions.router import router as interactions_router
from rapport.interviews.router import router as interviews_router
from rapport.openapi import API_DESCRIPTION, install_openapi, operation_id
from rapport.questions.router import router as questions_router
from rapport.referrals.router import router as referrals_router
from rapport.reminders.router import router as reminders_router
from rapport.routing import API_PREFIX
from rapport.shares.router import router as shares_router
from rapport.shares.router import shared_router
from rapport.shortcuts.router import router as shortcuts_router
from rapport.templates.router import router as templates_router
from rapport.webhooks.router import router as webhooks_router

UPLOAD_PREFIX = f"{API_PREFIX}/imports/"

# The dashboard loads only its own scripts; styles may be inline (chart libraries set them). Its
# service worker and web app manifest come from this origin too.
DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
_NO_STORE_PREFIXES = (API_PREFIX, "/calendar/", "/healthz", "/readyz")


class HttpMiddleware:
    """An ASGI middleware for HTTP requests (`handle`); anything else (the lifespan) passes by."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        # Hands back the coroutine to await rather than awaiting it here: no extra frame per
        # request and middleware.
        if scope["type"] != "http":
            return self.app(scope, receive, send)
        return self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class SecurityHeaders(HttpMiddleware):
    """Headers every answer carries; API answers are never cached by browsers or proxies."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("X-Frame-Options", "DENY")
                if path.startswith(_NO_STORE_PREFIXES):
                    headers.setdefault("Cache-Control", "no-store")
                if headers.get("content-type", "").startswith("text/html"):
                    headers.setdefault("Content-Security-Policy", DASHBOARD_CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit(HttpMiddleware):
    """Refuse request bodies over the limit with a 413 problem, before or while reading them.

    Uploads (imports) have their own, larger limit.
    """

    def __init__(self, app: ASGIApp, *, default: int, uploads: int) -> None:
        super().__init__(app)
        self.default = default
        self.uploads = uploads

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.uploads if scope["path"].startswith(UPLOAD_PREFIX) else self.default
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            response = problem_response(413, f"The body is larger than {limit} bytes.")
            await response(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # An HTTPException, so FastAPI's body reader passes it through untouched.
                    raise StarletteHTTPException(413, f"The body is larger than {limit} bytes.")
            return message

        await self.app(scope, counting_receive, send)


class UndeclaredMethods(HttpMiddleware):
    """A known path asked with a method it does not serve answers 405 with `Allow` listing the
    methods it does serve (RFC 9110) — also where the dashboard's catch-all mount would
    otherwise answer the path itself (`GET /api/v1/auth/login` → 405, not 404).

    Matching the path against every route costs about as much as the router's own matching, so
    the usual methods are only checked when the app has answered 404 or 405: for them the app
    never answers anything else on a path where they are undeclared (the router answers 405, the
    dashboard's mount 405 to anything but GET and HEAD and 404 to a GET under `/api/` or
    `/calendar/`, and every other page route serves GET). Any other method (HEAD, which the
    mount would answer with the dashboard) is checked before the app sees it."""

    ANSWERED_BY_THE_APP = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app)
        self._routes: list[tuple[re.Pattern[str], frozenset[str]]] | None = None

    def _routes_of(self, app: FastAPI) -> list[tuple[re.Pattern[str], frozenset[str]]]:
        if self._routes is None:
            self._routes = [
                (compile_path(context.path)[0], frozenset(context.methods))
                for context in routing.iter_route_contexts(app.routes)
                if context.path and context.methods
            ]
        return self._routes

    def _refusal(self, scope: Scope) -> Response | None:
        """The 405 for this request, or None when its method is served on its path (or the path
        is unknown)."""
        allowed: set[str] = set()
        for regex, methods in self._routes_of(scope["app"]):
            if regex.match(scope["path"]):
                allowed |= methods
        if not allowed or scope["method"] in allowed:
            return None
        listed = ", ".join(sorted(allowed))
        return problem_response(
            405, f"{scope['method']} is not allowed here; use {listed}.", headers={"Allow": listed}
        )

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in self.ANSWERED_BY_THE_APP:
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        replaced = False

        async def send_or_replace(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and message["status"] in (404, 405):
                refusal = self._refusal(scope)
                if refusal is not None:
                    replaced = True
                    await refusal(scope, receive, send)
                    return
            if not replaced:
                await send(message)

        await self.app(scope, receive, send_or_replace)


_FORM = "application/x-www-form-urlencoded"


class TextHygiene(HttpMiddleware):
    """Refuse NUL in the path, the query string and URL-encoded forms with a 422 problem naming
    the parameter, before any endpoint (or database) sees it (see `rapport.text`)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        field = _bad_url_part(scope)
        if field is None and Headers(scope=scope).get("content-type", "").startswith(_FORM):
            try:
                body, receive = await _buffered(receive)
            except StarletteHTTPException as exc:  # the body limit, met while reading
                await problem_response(exc.status_code, str(exc.detail))(scope, receive, send)
                return
            field = text.bad_parameter(body.decode("latin-1"), "")
        if field is None:
            await self.app(scope, receive, send)
            return
        errors = [FieldError(field=field, message=text.MESSAGE)]
        response = problem_response(422, f"Some input is invalid: {field}.", errors=errors)
        await response(scope, receive, send)


def _bad_url_part(scope: Scope) -> str | None:
    if not text.is_clean(scope["path"]):
        return "path"
    return text.bad_parameter(scope.get("query_string", b"").decode("latin-1"), "query.")


async def _buffered(receive: Receive) -> tuple[bytes, Receive]:
    """The whole body, and a `receive` that hands it on as if it had not been read."""
    chunks: list[bytes] = []
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return b"".join(chunks), replay


# Browsers keep the content-hashed bundles under /assets for a year; everything else (index.html,
# the service worker, the manifest, the icons) is revalidated on every load, so a new release
# reaches installed copies at once.
ASSETS_CACHE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# Named here, not left to the platform's MIME table (minimal images may lack these).
_DASHBOARD_MEDIA_TYPES = {
    ".webmanifest": "application/manifest+json",
    ".js": "text/javascript; charset=utf-8",
}


class DashboardFiles(StaticFiles):
    """The built single-page app: real files as they are, any other page path → index.html, so
    deep links like /contacts/… work on reload. API paths never fall back."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except StarletteHTTPException as exc:
            if exc.status_code != 404 or path.startswith(("api/", "calendar/")) or "." in path:
                raise
            response = await super().get_response("index.html", scope)
        response.headers["Cache-Control"] = (
            ASSETS_CACHE if path.startswith("assets/") else REVALIDATE
        )
        media_type = _DASHBOARD_MEDIA_TYPES.get(Path(path).suffix)
        if media_type and response.status_code == 200:
            response.headers["Content-Type"] = media_type
        return response


_PLACEHOLDER = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rapport</title></head><body><main><h1>Rapport</h1>
<p>The API is running: see <a href="/docs">the interactive docs</a>.</p>
<p>The dashboard has not been built yet; <code>make run</code> builds it.</p></main></body></html>
"""


def _mount_dashboard(app: FastAPI, dist: Path) -> None:
    if (dist / "index.html").is_file():
        app.mount("/", DashboardFiles(directory=dist, html=True), name="dashboard")
        return

    @app.get("/", include_in_schema=False)
    async def dashboard_placeholder() -> HTMLResponse:
        return HTMLResponse(_PLACEHOLDER)


def freeze_start_up_heap() -> None:
    """Keeps what the process built to start (modules, routes, schemas, validators: some 145,000
    objects that live as long as it does) out of the garbage collector's full collections.
    Each full collection walked all of them, about 100 ms on the bench machine, and every
    request in flight on the worker waited it out: it was most of the p99. The start-up's own
    garbage is collected first, then the rest is frozen (``gc.freeze``); the lifespan's end
    unfreezes it. Production only: tests start many apps in one process."""
    gc.collect()
    gc.freeze()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    if settings.fast_password_hashing:
        auth_service.use_fast_password_hashing()
    db = Database(
        settings.resolved_database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        production = settings.env == "production"
        if production:
            freeze_start_up_heap()
        yield
        if production:
            gc.unfreeze()
        # Only the blocking engine: an await here, while test clients start and stop the same
        # app from several threads, left one of them waiting for ever; the asyncio engine's
        # connections close with the process.
        db.dispose()

    app = FastAPI(
        title="Rapport API",
        version=__version__,
        description=API_DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        openapi_tags=[
            {"name": "auth", "description": "Sign up, sign in, tokens for API clients."},
            {"name": "me", "description": "Your profile, settings, password and tokens."},
            {"name": "contacts", "description": "The people in your network."},
            {"name": "interactions", "description": "Touchpoints: every e-mail, call, meeting…"},
            {
                "name": "interviews",
                "description": "Prepare (questions, checklist, pitch), hold and complete "
                "interviews; completing one creates the thank-you and follow-up reminders.",
            },
            {"name": "questions", "description": "Your personal bank of open-ended questions."},
            {
                "name": "referrals",
                "description": "Who suggested whom, and the referral graph with its yield.",
            },
            {
                "name": "reminders",
                "description": "What to do next: yours, plus thank-you, follow-up and "
                "keep-in-touch reminders created automatically.",
            },
            {"name": "templates", "description": "E-mail templates rendered for a contact."},
            {"name": "dashboard", "description": "Your home screen in one call."},
            {
                "name": "calendar",
                "description": "Your private iCalendar feed of interviews and reminders.",
            },
            {
                "name": "webhooks",
                "description": "Signed HTTP callbacks to your own tools when things happen.",
            },
            {
                "name": "import-export",
                "description": "Import contacts (CSV, LinkedIn, Google, vCard), export "
                "everything, restore an export.",
            },
            {
                "name": "shortcuts",
                "description": "One-request endpoints for phone shortcuts: quick log, due today.",
            },
            {
                "name": "shares",
                "description": "Show a career counselor your progress: scoped, read-only, "
                "revocable and logged shares (`/shares`); what the counselor reads and the "
                "comments they leave (`/shared`), with the share's link or their own account.",
            },
            {"name": "health", "description": "Probes for load balancers."},
        ],
    )
    app.state.settings = settings
    app.state.db = db

    # Straight into the app, not through an /api/v1 router of their own: FastAPI walks nested
    # routers on every request, and one level less is measurably cheaper (bench/README.md).
    for router in (
        auth_router,
        me_router,
        contacts_router,
        interactions_router,
        interviews_router,
        questions_router,
        referrals_router,
        reminders_router,
        templates_router,
        dashboard_router,
        calendar_router,
        exports_router,
        imports_router,
        shortcuts_router,
        webhooks_router,
        shares_router,
        shared_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(calendar_feed_router)
    app.include_router(health_router)

    install_error_handlers(app)
    install_openapi(app)
    install_docs(app, openapi_url=f"{API_PREFIX}/openapi.json")
    # Innermost first: methods and text are checked inside CORS (preflights pass) and the body
    # limit.
    app.add_middleware(UndeclaredMethods)
    app.add_middleware(TextHygiene)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "X-CSRF-Token",
                "Idempotency-Key",
                "If-Match",
            ],
            expose_headers=["ETag", "Location", "Retry-After", "Idempotent-Replayed"],
        )
    app.add_middleware(
        BodyLimit, default=settings.max_body_bytes, uploads=settings.max_upload_bytes
    )
    app.add_middleware(SecurityHeaders)
    _mount_dashboard(app, settings.resolved_frontend_dist)
    return app
