"""The signed-in user: profile, settings, password and personal tokens."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated

from fastapi import Depends, Request, Response, status
from sqlalchemy.util import greenlet_spawn

from rapport.accounts import service as accounts_service
from rapport.accounts.schemas import (
    MeRead,
    MeUpdate,
    PasswordChange,
    TokenCreate,
    TokenCreated,
    TokenRead,
)
from rapport.auth import service as auth_service
from rapport.auth.dependencies import CurrentUser, PrincipalDep
from rapport.auth.models import AccessToken, TokenKind
from rapport.db import SessionDep
from rapport.errors import NotFound, PreconditionFailed
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


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT, summary="Change your password")
def change_password(data: PasswordChange, principal: PrincipalDep, session: SessionDep) -> Response:
    """Signs out every other browser session and password-grant token; personal tokens stay."""
    accounts_service.change_password(
        session,
        user=principal.user,
        current=data.current_password,
        new=data.new_password,
        keep_token_id=principal.token.id,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


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
