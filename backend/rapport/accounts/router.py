"""The signed-in user: profile, settings, password and personal tokens."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated

from fastapi import Depends, Request, Response, status
from sqlalchemy.util import greenlet_spawn

from rapport.accounts import service as accounts_service
from rapport.accounts.schemas import (
    AccountDeletion,
    MeRead,
    MeUpdate,
    PasswordChange,
    TokenCreate,
    TokenCreated,
    TokenRead,
)
from rapport.auth import service as auth_service
from rapport.auth.dependencies import (
    PASSWORD_THROTTLED,
    CurrentUser,
    PrincipalDep,
    SettingsDep,
    clear_session_cookies,
    password_checked,
)
from rapport.auth.models import AccessToken, TokenKind
from rapport.db import SessionDep
from rapport.errors import Forbidden, Invalid, NotFound, PreconditionFailed
from rapport.pagination import Page
from rapport.resources import CONDITIONAL_METHODS
from rapport.routing import api_router

router = api_router(prefix="/me", tag="me")


@router.get("", response_model=MeRead, summary="Your profile and settings")
def get_me(user: CurrentUser) -> MeRead:
    return MeRead.of(user)


@router.patch("", response_model=MeRead, summary="Change your profile or settings")
def update_me(data: MeUpdate, user: CurrentUser, session: SessionDep) -> MeRead:
    """A partial update: only the fields you send change (also inside `settings`)."""
    return MeRead.of(accounts_service.update_profile(session, user=user, data=data))


@router.post(
    "/password",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Change your password",
    responses=PASSWORD_THROTTLED,
)
def change_password(
    data: PasswordChange,
    principal: PrincipalDep,
    session: SessionDep,
    request: Request,
    settings: SettingsDep,
) -> Response:
    """Signs out every other browser session and password-grant token; personal tokens stay.
    A wrong `current_password` answers 422 and counts as a failed sign-in."""
    user = password_checked(
        session,
        request,
        settings,
        email=principal.user.email,
        check=lambda: accounts_service.password_is(principal.user, data.current_password),
        refusal=Invalid("The current password is incorrect.", field="current_password"),
    )
    auth_service.set_password(
        session, user=user, password=data.new_password, keep=principal.token.id
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/delete",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your account and everything in it",
    responses={
        403: {"description": "The password is not yours, or the credential may not do this."},
        **PASSWORD_THROTTLED,
    },
)
def delete_account(
    data: AccountDeletion,
    user: CurrentUser,
    session: SessionDep,
    request: Request,
    settings: SettingsDep,
) -> Response:
    """For good, at once, once `password` is your current one (else 403, counted as a failed
    sign-in): your profile, contacts, touches, interviews, question bank, referrals, reminders,
    templates, shares (counselors lose access; their comments and the access logs go too),
    webhooks with their deliveries, e-mails not yet sent, and every session and token, this one
    included. Download `GET /api/v1/export` first to keep a copy. Shares other students made for
    your address are theirs and stay. The address can register again, as a new and empty
    account."""
    password_checked(
        session,
        request,
        settings,
        email=user.email,
        check=lambda: accounts_service.password_is(user, data.password),
        refusal=Forbidden("The password is incorrect."),
    )
    accounts_service.delete_account(session, user=user)
    response = Response(status_code=status.HTTP_204_NO_CONTENT)
    clear_session_cookies(response)
    return response


@router.get("/tokens", response_model=Page[TokenRead], summary="Your personal tokens")
def list_tokens(user: CurrentUser, session: SessionDep) -> Page[TokenRead]:
    """All of them in one page (at most 50 exist), newest first. Secrets are never shown again."""
    tokens = accounts_service.personal_tokens(session, user=user)
    return Page(items=[TokenRead.model_validate(t) for t in tokens], next_cursor=None)


@router.creates("/tokens", TokenCreated, summary="Create a personal token")
def create_token(
    data: TokenCreate, user: CurrentUser, session: SessionDep, response: Response
) -> TokenCreated:
    """The answer holds the secret `token` — the only time it is ever shown."""
    token, raw = accounts_service.create_personal_token(session, user=user, data=data)
    response.headers["Location"] = f"/api/v1/me/tokens/{token.id}"
    return TokenCreated(**TokenRead.model_validate(token).model_dump(), token=raw)


def _token_etag(token: AccessToken) -> str:
    # Tokens cannot be edited; the tag changes only when the token is used.
    digest = hashlib.sha256(f"{token.id}:{token.last_used_at}".encode()).hexdigest()[:20]
    return f'"{digest}"'


async def _owned_token(
    token_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> AccessToken:
    token = await greenlet_spawn(session.get, AccessToken, token_id)
    if token is None or token.user_id != user.id or token.kind != TokenKind.personal:
        raise NotFound("No token with this id.")
    offered = {tag.strip() for tag in request.headers.get("if-match", "*").split(",")}
    if request.method in CONDITIONAL_METHODS and not offered & {"*", _token_etag(token)}:
        raise PreconditionFailed("This token changed since you loaded it; reload the list.")
    return token


OwnedToken = Annotated[AccessToken, Depends(_owned_token)]


@router.get("/tokens/{token_id}", response_model=TokenRead, summary="One personal token")
def get_token(token: OwnedToken, response: Response) -> TokenRead:
    response.headers["ETag"] = _token_etag(token)
    return TokenRead.model_validate(token)


@router.delete(
    "/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Revoke a personal token"
)
def revoke_token(token: OwnedToken, session: SessionDep) -> Response:
    """Takes effect at once: the next request with this token answers 401."""
    auth_service.revoke(session, token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
