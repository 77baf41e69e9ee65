"""Accounts: registration, profile and settings, password, personal tokens."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.accounts.schemas import MeUpdate, RegisterRequest, TokenCreate
from rapport.auth import service as auth_service
from rapport.auth.models import AccessToken, Scope, TokenKind
from rapport.db import utcnow
from rapport.errors import Conflict, Invalid
from rapport.questions import service as questions_service
from rapport.templates import service as templates_service

MAX_PERSONAL_TOKENS = 50
MAX_TOKEN_LIFETIME = timedelta(days=3650)


def email_taken(session: Session, email: str) -> bool:
    return auth_service.user_by_email(session, email) is not None


def register(session: Session, *, data: RegisterRequest) -> User:
    """A new account, seeded with the default question bank and e-mail templates."""
    email = data.email.strip().lower()
    if email_taken(session, email):
        raise Conflict("An account with this e-mail address already exists; sign in instead.")
    user = User(
        email=email,
        name=data.name,
        password_hash=auth_service.hash_password(data.password),
        timezone=data.timezone,
        pitch=data.pitch,
    )
    session.add(user)
    session.flush()
    questions_service.seed_default_bank(session, user=user)
    templates_service.seed_default_templates(session, user=user)
    session.flush()
    return user


def update_profile(session: Session, *, user: User, data: MeUpdate) -> User:
    changes = data.changes()
    changes.pop("settings", None)
    if data.settings is not None:
        changes |= data.settings.changes(field_prefix="settings.")
    for field, value in changes.items():
        setattr(user, field, value)
    session.flush()
    return user


def password_is(user: User, password: str) -> User | None:
    """The user when `password` is theirs (the check the throttle counts), else None."""
    return user if auth_service.verify_password(password, user.password_hash) else None


def delete_account(session: Session, *, user: User) -> None:
    """Delete the account and everything in it. The database's cascades delete what the user
    owns (every table's `user_id` is `ON DELETE CASCADE`) and what hangs from it (a share's
    access log and comments, a webhook's deliveries), so nothing of theirs can be left behind."""
    session.execute(delete(User).where(User.id == user.id))


def personal_tokens(session: Session, *, user: User) -> list[AccessToken]:
    return list(
        session.scalars(
            select(AccessToken)
            .where(AccessToken.user_id == user.id, AccessToken.kind == TokenKind.personal)
            .order_by(AccessToken.created_at.desc(), AccessToken.id)
        )
    )


def create_personal_token(
    session: Session, *, user: User, data: TokenCreate
) -> tuple[AccessToken, str]:
    scopes = set(data.scopes)
    if Scope.read not in scopes:
        raise Invalid('Every token can read; include "read" in scopes.', field="scopes")
    if data.expires_at is not None and not (
        utcnow() < data.expires_at <= utcnow() + MAX_TOKEN_LIFETIME
    ):
        raise Invalid("expires_at must be in the future and within ten years.", field="expires_at")
    count = session.scalar(
        select(func.count()).where(
            AccessToken.user_id == user.id, AccessToken.kind == TokenKind.personal
        )
    )
    if count is not None and count >= MAX_PERSONAL_TOKENS:
        raise Conflict(f"You already have {MAX_PERSONAL_TOKENS} tokens; revoke one first.")
    return auth_service.issue_token(
        session,
        user=user,
        kind=TokenKind.personal,
        name=data.name,
        scopes=[scope.value for scope in Scope if scope in scopes],
        expires_at=data.expires_at,
    )
