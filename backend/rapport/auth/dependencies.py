"""Who is calling: a bearer token (shortcuts, tools, the docs' Authorize button) or the browser's
session cookie (with CSRF defence on every state-changing request) — or, on the counselor's
routes (`/shared`) only, a counselor's share link.

Every API router depends on :func:`authenticate` (the counselor's router on
:func:`authenticate_viewer`), so a route is protected unless it opts out by living on the public
auth router.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit

from fastapi import Depends, Request, Response
from fastapi.requests import HTTPConnection
from fastapi.security import APIKeyCookie, OAuth2PasswordBearer
from sqlalchemy.orm import Session
from sqlalchemy.util import greenlet_spawn

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.auth.models import TokenKind
from rapport.config import Settings
from rapport.db import SessionDep
from rapport.errors import Forbidden, Problem, Unauthorized
from rapport.shares.models import Share

SESSION_COOKIE = "rapport_session"
CSRF_COOKIE = "rapport_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def clear_session_cookies(response: Response) -> None:
    """Tells the browser to forget its session (signing out, or the account is gone)."""
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")


class _DeclaredBearer(OAuth2PasswordBearer):
    """The bearer credential as the OpenAPI document shows it. The guards read the request
    themselves, so as a dependency it does nothing (its own parsing of the header would run on
    every request for nothing)."""

    async def __call__(self, request: HTTPConnection) -> None:
        return None


class _DeclaredCookie(APIKeyCookie):
    """The session cookie as the OpenAPI document shows it; see `_DeclaredBearer`."""

    async def __call__(self, request: HTTPConnection) -> None:
        return None


bearer_scheme = _DeclaredBearer(
    tokenUrl="/api/v1/auth/token",
    scopes={"read": "Read your data", "write": "Change your data"},
    auto_error=False,
    scheme_name="OAuth2PasswordBearer",
    description="A personal token (Settings → Tokens) or one from `POST /api/v1/auth/token`; "
    "on `/api/v1/shared/…` also a counselor's share link secret (`rpc_…`).",
)
cookie_scheme = _DeclaredCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="APIKeyCookie",
    description="The dashboard's session, set by `POST /api/v1/auth/login`. State-changing "
    f"requests must also send the `{CSRF_HEADER}` header from the login answer.",
)

# Put both ways of sending a credential in the OpenAPI document of every guarded route: the
# guards take them as parameters (straight, not through a dependency of their own: FastAPI
# solves every node of the tree on every request). Their value is always None.
DeclaredBearer = Annotated[None, Depends(bearer_scheme)]
DeclaredCookie = Annotated[None, Depends(cookie_scheme)]


@dataclass(frozen=True)
class Principal:
    user: User
    token: auth_service.Credential
    via_cookie: bool


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]

Checked = TypeVar("Checked")


def _client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


# The answer `password_checked` adds to a route, for its OpenAPI `responses`.
PASSWORD_THROTTLED: dict[int | str, dict[str, Any]] = {
    429: {
        "description": "Too many wrong passwords for this account or address (signing in, "
        "changing the password and deleting the account count together); retry after "
        "`Retry-After` seconds."
    },
}


def password_checked(
    session: Session,
    request: Request,
    settings: Settings,
    *,
    email: str,
    check: Callable[[], Checked | None],
    refusal: Problem,
) -> Checked:
    """Runs `check`, a password comparison for the account `email`, under the sign-in throttle:
    429 while the account or the client's address has too many recent failures; else `refusal`
    when `check` answers None, remembered as a failure even though the request is refused. A
    password typed to sign in, to change it or to delete the account counts alike, so a stolen
    token cannot guess the password through one route when another is throttled."""
    email = email.strip().lower()
    address = _client_address(request)
    auth_service.check_throttle(
        session,
        email=email,
        address=address,
        max_per_account=settings.login_max_failures_per_account,
        max_per_address=settings.login_max_failures_per_address,
        window_seconds=settings.login_window_seconds,
    )
    checked = check()
    if checked is None:
        auth_service.record_failure(session, email=email, address=address)
        # Kept although the request is refused. Call this before the route writes anything: the
        # request's transaction holds nothing else yet but the token's use stamp. (A transaction
        # of its own would wait on SQLite, the one writer being this request.)
        session.commit()
        raise refusal
    auth_service.clear_account_failures(session, email=email)
    return checked


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


def _share_link_secret(request: Request) -> str | None:
    """The counselor's share link sent as `Authorization: Bearer rpc_…`, if that is what came."""
    scheme, _, raw = request.headers.get("authorization", "").partition(" ")
    raw = raw.strip()
    if scheme.lower() == "bearer" and raw.startswith(auth_service.SHARE_LINK_PREFIX):
        return raw
    return None


def _share_link_elsewhere(request: Request, session: SessionDep, raw: str) -> Problem:
    """A counselor's link outside the counselor's routes: it never writes (403) and reads
    nothing but its share (401, as for any other credential that does not open a route)."""
    if auth_service.find_share_link(session, raw) is None:
        return Unauthorized("This share link is unknown, revoked or expired.")
    if request.method not in SAFE_METHODS:
        return Forbidden(
            "A counselor's share link is read-only: it can add comments to its share and "
            "change nothing else."
        )
    return Unauthorized("A counselor's share link opens only its share, under /api/v1/shared/.")


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
        share_link = _share_link_secret(request)
        if share_link is not None:
            raise _share_link_elsewhere(request, session, share_link)
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
    request: Request, _bearer: DeclaredBearer, _cookie: DeclaredCookie
) -> Principal:
    """The router-wide guard: any credential may read, only write-scoped ones may change data.

    It takes the request's session and the settings from the request rather than as
    dependencies of its own: FastAPI solves a dependency's whole tree again wherever it is
    used (`CurrentUser`, the owned-object loaders), and each node costs CPU on every request."""
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        principal = await greenlet_spawn(
            resolve_principal, request, request.state.session, request.app.state.settings
        )
    _require_write_scope(request, principal)
    return principal


def _require_write_scope(request: Request, principal: Principal) -> None:
    if request.method not in SAFE_METHODS and not principal.token.can_write:
        raise Forbidden(
            "This token is read-only; create one with the `write` scope to make changes."
        )


PrincipalDep = Annotated[Principal, Depends(authenticate)]


async def current_user(request: Request) -> User:
    """The caller's account. Every route that asks for it sits behind a guard that has already
    found the caller (dependencies of the router are solved before the route's own), so this
    reads it from the request instead of depending on `authenticate` and solving its tree once
    more; without one, it authenticates the request itself."""
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        principal = await authenticate(request, None, None)
    return principal.user


CurrentUser = Annotated[User, Depends(current_user)]


# --- counselors ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """Who reads shared data: a counselor's share link, which opens `link_share` and nothing
    else, or a signed-in account (`principal`), which sees the shares made for its e-mail."""

    link_share: Share | None = None
    principal: Principal | None = None


def resolve_viewer(request: Request, session: SessionDep, settings: Settings) -> Viewer:
    """Identify a counselor (or raise 401); cached on the request like the principal."""
    cached = getattr(request.state, "viewer", None)
    if cached is not None:
        return cached
    raw = _share_link_secret(request)
    if raw is not None:
        share = auth_service.find_share_link(session, raw)
        if share is None:
            raise Unauthorized("This share link is unknown, revoked or expired.")
        viewer = Viewer(link_share=share)
    else:
        viewer = Viewer(principal=resolve_principal(request, session, settings))
    request.state.viewer = viewer
    return viewer


async def authenticate_viewer(
    request: Request, _bearer: DeclaredBearer, _cookie: DeclaredCookie
) -> Viewer:
    """The guard of the counselor's routes (`/shared`): a share link (`Authorization: Bearer
    rpc_…`) or any account credential; a read-only token cannot add comments."""
    viewer: Viewer | None = getattr(request.state, "viewer", None)
    if viewer is None:
        viewer = await greenlet_spawn(
            resolve_viewer, request, request.state.session, request.app.state.settings
        )
    if viewer.principal is not None:
        _require_write_scope(request, viewer.principal)
    return viewer


ViewerDep = Annotated[Viewer, Depends(authenticate_viewer)]


def idempotency_owner(
    request: Request, session: SessionDep, settings: Settings, key: str
) -> tuple[uuid.UUID, str]:
    """Where a create's `Idempotency-Key` is kept: (user id, key). A counselor's link keeps its
    keys under the share's student, in a key space of that share's own, so it can never replay
    an answer given to the student."""
    viewer = resolve_viewer(request, session, settings)
    if viewer.link_share is not None:
        digest = hashlib.sha256(f"{viewer.link_share.id}:{key}".encode()).hexdigest()
        return viewer.link_share.user_id, f"share:{digest}"
    assert viewer.principal is not None
    return viewer.principal.user.id, key
