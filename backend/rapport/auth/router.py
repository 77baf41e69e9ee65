"""Signing up and in: the only API routes that need no credential."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, Form, Request, Response, status

from rapport.accounts import service as accounts_service
from rapport.accounts.models import User
from rapport.accounts.schemas import MAX_PASSWORD, MeRead, RegisterRequest
from rapport.auth import service as auth_service
from rapport.auth.dependencies import (
    CSRF_COOKIE,
    PASSWORD_THROTTLED,
    SESSION_COOKIE,
    SettingsDep,
    clear_session_cookies,
    password_checked,
    resolve_principal,
)
from rapport.auth.models import Scope, TokenKind
from rapport.auth.schemas import (
    LoginRequest,
    OAuthToken,
    PasswordResetConfirm,
    PasswordResetRequest,
    PasswordResetRequested,
    SessionRead,
)
from rapport.config import Settings
from rapport.db import SessionDep, utcnow
from rapport.errors import Forbidden, Unauthorized
from rapport.notifications import service as notifications_service
from rapport.routing import api_router

router = api_router(prefix="/auth", tag="auth", guard=None)


def _sign_in(
    session: SessionDep, request: Request, settings: Settings, *, email: str, password: str
) -> User:
    return password_checked(
        session,
        request,
        settings,
        email=email,
        check=lambda: auth_service.authenticate_password(session, email=email, password=password),
        refusal=Unauthorized(auth_service.BAD_CREDENTIALS),
    )


def _start_session(
    session: SessionDep, response: Response, settings: Settings, user: User
) -> SessionRead:
    expires_at = utcnow() + timedelta(days=settings.session_days)
    _, raw = auth_service.issue_token(
        session,
        user=user,
        kind=TokenKind.session,
        scopes=[Scope.read.value, Scope.write.value],
        expires_at=expires_at,
    )
    csrf = auth_service.csrf_token_for(raw, settings.secret_key)
    cookie = {
        "max_age": settings.session_days * 86_400,
        "secure": settings.secure_cookies,
        "samesite": "lax",
        "path": "/",
    }
    response.set_cookie(SESSION_COOKIE, raw, httponly=True, **cookie)  # type: ignore[arg-type]
    response.set_cookie(CSRF_COOKIE, csrf, httponly=False, **cookie)  # type: ignore[arg-type]
    return SessionRead(user=MeRead.of(user), csrf_token=csrf, expires_at=expires_at)


@router.creates(
    "/register",
    SessionRead,
    summary="Create an account (and sign in)",
    responses={409: {"description": "An account with this e-mail address already exists."}},
)
def register(
    data: RegisterRequest, session: SessionDep, response: Response, settings: SettingsDep
) -> SessionRead:
    """Creates the account with a default question bank and templates, and starts a browser
    session (cookie). API clients then create a personal token under `/me/tokens`."""
    user = accounts_service.register(session, data=data)
    response.headers["Location"] = "/api/v1/me"
    return _start_session(session, response, settings, user)


_SIGN_IN_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Wrong e-mail address or password (the same answer for both)."},
    **PASSWORD_THROTTLED,
}


@router.post(
    "/login",
    response_model=SessionRead,
    summary="Sign in (browser session cookie)",
    responses=_SIGN_IN_PROBLEMS,
)
def login(
    data: LoginRequest,
    session: SessionDep,
    request: Request,
    response: Response,
    settings: SettingsDep,
) -> SessionRead:
    """Sets an HttpOnly session cookie. Wrong password and unknown e-mail answer alike (401);
    too many failures for one account or address answer 429 with `Retry-After`."""
    user = _sign_in(session, request, settings, email=data.email, password=data.password)
    return _start_session(session, response, settings, user)


@router.post(
    "/logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Sign out",
    responses={403: {"description": "A session cookie without its `X-CSRF-Token` header."}},
)
def logout(session: SessionDep, request: Request, settings: SettingsDep) -> Response:
    """Ends the browser session (or revokes the bearer token used to call it) and clears the
    cookies. Calling it when already signed out is harmless."""
    try:
        principal = resolve_principal(request, session, settings)
    except Unauthorized:
        principal = None
    if principal is not None:
        auth_service.revoke_by_id(session, principal.token.id)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_session_cookies(response)
    return response


# The scopes a token can have, space-separated (none asked for: `read write`).
_SCOPES_PATTERN = r"^\s*(?:(?:read|write)(?:\s+(?:read|write))*)?\s*$"


class PasswordGrantForm:
    """The OAuth2 password grant's form (the fields of FastAPI's `OAuth2PasswordRequestForm`),
    with the limits this API enforces stated in the schema: the e-mail address and password as
    long as at sign-in, and only the scopes `read` and `write`. The client fields are accepted
    and not used."""

    def __init__(
        self,
        *,
        grant_type: Annotated[str | None, Form(pattern="^password$")] = None,
        username: Annotated[str, Form(min_length=1, max_length=254)],
        password: Annotated[
            str,
            Form(min_length=1, max_length=MAX_PASSWORD, json_schema_extra={"format": "password"}),
        ],
        scope: Annotated[str, Form(pattern=_SCOPES_PATTERN)] = "",
        client_id: Annotated[str | None, Form()] = None,
        client_secret: Annotated[str | None, Form(json_schema_extra={"format": "password"})] = None,
    ) -> None:
        self.username = username
        self.password = password
        self.scopes = scope.split()


@router.post(
    "/token",
    response_model=OAuthToken,
    summary="Get a bearer token (OAuth2 password)",
    responses=_SIGN_IN_PROBLEMS,
)
def issue_oauth_token(
    form: Annotated[PasswordGrantForm, Depends()],
    session: SessionDep,
    request: Request,
    settings: SettingsDep,
) -> OAuthToken:
    """The OAuth2 password flow, as used by the interactive docs' **Authorize** button.
    Ask for `scope=read` to get a read-only token; the default is `read write`."""
    requested = set(form.scopes) or {Scope.read.value, Scope.write.value}
    user = _sign_in(session, request, settings, email=form.username, password=form.password)
    scopes: list[str] = [scope.value for scope in Scope if scope.value in requested | {"read"}]
    expires_in = settings.oauth_token_days * 86_400
    _, raw = auth_service.issue_token(
        session,
        user=user,
        kind=TokenKind.oauth,
        scopes=scopes,
        expires_at=utcnow() + timedelta(seconds=expires_in),
    )
    return OAuthToken(
        access_token=raw,
        token_type="bearer",  # noqa: S106 - the OAuth2 token type, not a secret
        expires_in=expires_in,
        scope=" ".join(scopes),
    )


@router.post(
    "/password-reset",
    response_model=PasswordResetRequested,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Forgot your password: e-mail a link to set a new one",
)
def request_password_reset(
    data: PasswordResetRequest, session: SessionDep, settings: SettingsDep
) -> PasswordResetRequested:
    """When an account has this address, the worker e-mails it a link to the dashboard's
    `/reset-password` page, valid for one hour and once. The answer is the same whether or not
    an account has the address (nobody learns who has one). At most three links an hour go to
    one account; more requests are answered alike and send nothing. A server without
    `RAPPORT_SMTP_HOST` sends nothing and says so (`email_enabled: false`)."""
    enabled = bool(settings.smtp_host)
    user = auth_service.user_by_email(session, data.email) if enabled else None
    if user is not None:
        now = utcnow()
        token = auth_service.reset_token_for(user, secret_key=settings.secret_key, now=now)
        notifications_service.queue_password_reset(
            session,
            user=user,
            link=f"{settings.resolved_public_url}/reset-password#{token}",
            now=now,
        )
    return PasswordResetRequested(email_enabled=enabled)


@router.post(
    "/password-reset/confirm",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Set a new password with the link from the e-mail",
    responses={403: {"description": "The link is not valid: mistyped, used or expired."}},
)
def confirm_password_reset(
    data: PasswordResetConfirm, session: SessionDep, settings: SettingsDep
) -> Response:
    """Sets the new password, ends every browser session and password-grant token (personal
    tokens stay, as when you change it yourself) and clears failed sign-ins. It does not sign
    you in. The link then stops working, as does any older one."""
    user = auth_service.user_for_reset_token(
        session, data.token, secret_key=settings.secret_key, now=utcnow()
    )
    if user is None:
        raise Forbidden("This link is not valid: it may be mistyped, used or expired. Ask again.")
    auth_service.reset_password(session, user=user, password=data.new_password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
