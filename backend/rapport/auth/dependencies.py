"""Who is calling: a bearer token (shortcuts, tools, the docs' Authorize button) or the browser's
session cookie (with CSRF defence on every state-changing request).

Every API router depends on :func:`authenticate`, so a route is protected unless it opts out by
living on the public auth router.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, OAuth2PasswordBearer
from sqlalchemy.util import greenlet_spawn

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.auth.models import TokenKind
from rapport.config import Settings
from rapport.db import SessionDep
from rapport.errors import Forbidden, Unauthorized

SESSION_COOKIE = "rapport_session"
CSRF_COOKIE = "rapport_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_scheme = OAuth2PasswordBearer(
    tokenUrl="/api/v1/auth/token",
    scopes={"read": "Read your data", "write": "Change your data"},
    auto_error=False,
    description="A personal token (Settings → Tokens) or one from `POST /api/v1/auth/token`.",
)
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    description="The dashboard's session, set by `POST /api/v1/auth/login`. State-changing "
    f"requests must also send the `{CSRF_HEADER}` header from the login answer.",
)


@dataclass(frozen=True)
class Principal:
    user: User
    token: auth_service.Credential
    via_cookie: bool


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def _same_site(request: Request, origin: str, settings: Settings) -> bool:
    if origin in settings.cors_origins:
        return True
    parts = urlsplit(origin)
    return f"{parts.scheme}://{parts.netloc}" == f"{request.url.scheme}://{request.url.netloc}"


def check_csrf(request: Request, raw_session: str, settings: Settings) -> None:
    """Refuse a cookie-authenticated write that did not come from our own pages."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise Forbidden("Cross-site requests may not change data.")
    origin = request.headers.get("origin")
    if origin and not _same_site(request, origin, settings):
        raise Forbidden("Requests from another site may not change data.")
    expected = auth_service.csrf_token_for(raw_session, settings.secret_key)
    if not hmac.compare_digest(request.headers.get(CSRF_HEADER, ""), expected):
        raise Forbidden(f"Missing or wrong {CSRF_HEADER} header for a cookie-authenticated write.")


def resolve_principal(request: Request, session: SessionDep, settings: Settings) -> Principal:
    """Identify the caller or raise 401; the result is cached on the request."""
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    authorization = request.headers.get("authorization", "")
    scheme, _, raw = authorization.partition(" ")
    if authorization:
        if scheme.lower() != "bearer" or not raw.strip():
            raise Unauthorized("Send `Authorization: Bearer <token>`.")
        found = auth_service.find_caller(session, raw.strip())
        if found is None or found[1].kind == TokenKind.session:
            raise Unauthorized("This token is unknown, revoked or expired.")
        principal = Principal(user=found[0], token=found[1], via_cookie=False)
    else:
        raw_cookie = request.cookies.get(SESSION_COOKIE)
        if not raw_cookie:
            raise Unauthorized()
        found = auth_service.find_caller(session, raw_cookie)
        if found is None or found[1].kind != TokenKind.session:
            raise Unauthorized("Your session has ended; sign in again.")
        if request.method not in SAFE_METHODS:
            check_csrf(request, raw_cookie, settings)
        principal = Principal(user=found[0], token=found[1], via_cookie=True)
    request.state.principal = principal
    return principal


async def authenticate(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    _bearer: Annotated[str | None, Depends(bearer_scheme)],
    _cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Principal:
    """The router-wide guard: any credential may read, only write-scoped ones may change data."""
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        principal = await greenlet_spawn(resolve_principal, request, session, settings)
    if request.method not in SAFE_METHODS and not principal.token.can_write:
        raise Forbidden(
            "This token is read-only; create one with the `write` scope to make changes."
        )
    return principal


PrincipalDep = Annotated[Principal, Depends(authenticate)]


async def current_user(principal: PrincipalDep) -> User:
    return principal.user


CurrentUser = Annotated[User, Depends(current_user)]
