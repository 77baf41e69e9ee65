"""Passwords, tokens, sessions and sign-in throttling. Services never commit."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session, joinedload

from rapport.accounts.models import User
from rapport.auth.models import AccessToken, LoginFailure, TokenKind
from rapport.db import utcnow
from rapport.errors import TooManyRequests, Unauthorized

# Argon2id with pwdlib's recommended cost (64 MiB, 3 passes, 4 lanes: ~0.2 s on one core here).
_STANDARD_HASHER = PasswordHash.recommended()
# Still Argon2id, at about a tenth of the cost: for test suites that register hundreds of
# accounts (`fast_password_hashing`, refused in production). A hash records its own parameters,
# so either hasher verifies the other's hashes.
_FAST_HASHER = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8192, parallelism=1),))
_password_hash = _STANDARD_HASHER


def _dummy_hash(hasher: PasswordHash) -> str:
    """Verified against when the e-mail is unknown, so both failures take the same time."""
    return hasher.hash("not-a-real-password-" + secrets.token_hex(8))


_DUMMY_HASH = _dummy_hash(_password_hash)


def use_fast_password_hashing() -> None:
    """Hash new passwords at the cheap test cost from now on, in this process (see ``Settings``)."""
    global _password_hash, _DUMMY_HASH
    if _password_hash is not _FAST_HASHER:
        _password_hash = _FAST_HASHER
        _DUMMY_HASH = _dummy_hash(_FAST_HASHER)


TOKEN_PREFIX = {TokenKind.session: "rps_", TokenKind.personal: "rpt_", TokenKind.oauth: "rpo_"}
LAST_USED_RESOLUTION = timedelta(minutes=1)
BAD_CREDENTIALS = "The e-mail address or password is incorrect."


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, password_hash: str) -> bool:
    return _password_hash.verify(password, password_hash)


def hash_secret(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue_token(
    session: Session,
    *,
    user: User,
    kind: TokenKind,
    scopes: list[str],
    expires_at: datetime | None,
    name: str | None = None,
) -> tuple[AccessToken, str]:
    """Create a credential; the raw secret is returned once and never stored."""
    raw = TOKEN_PREFIX[kind] + secrets.token_urlsafe(32)
    token = AccessToken(
        user_id=user.id,
        kind=kind,
        name=name,
        token_hash=hash_secret(raw),
        scopes=scopes,
        expires_at=expires_at,
    )
    session.add(token)
    session.flush()
    return token, raw


# Built once: every request runs it, and building a statement with a loader option costs about
# as much CPU as running it (see bench/README.md).
_TOKEN_BY_HASH = (
    select(AccessToken)
    .options(joinedload(AccessToken.user))
    .where(AccessToken.token_hash == bindparam("token_hash"))
)


def find_token(session: Session, raw: str) -> AccessToken | None:
    """The live token for this secret (with its user), or None. Records when it was used."""
    token = session.scalars(_TOKEN_BY_HASH, {"token_hash": hash_secret(raw)}).one_or_none()
    now = utcnow()
    if token is None or (token.expires_at is not None and token.expires_at <= now):
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        token.last_used_at = now
    return token


def revoke(session: Session, token: AccessToken) -> None:
    session.delete(token)
    session.flush()


def revoke_other_logins(session: Session, *, user: User, keep: uuid.UUID | None) -> None:
    """Sign out every browser session and password-grant token except the current one.

    Personal tokens stay: they are listed and revoked one by one under Settings.
    """
    statement = delete(AccessToken).where(
        AccessToken.user_id == user.id,
        AccessToken.kind.in_([TokenKind.session, TokenKind.oauth]),
    )
    if keep is not None:
        statement = statement.where(AccessToken.id != keep)
    session.execute(statement)


def csrf_token_for(raw_session_token: str, secret_key: str) -> str:
    """The CSRF token bound to a browser session (derived, so nothing more is stored)."""
    return hmac.new(
        secret_key.encode(), b"csrf:" + raw_session_token.encode(), hashlib.sha256
    ).hexdigest()


# --- sign-in ---------------------------------------------------------------------------------


def _failure_keys(email: str, address: str | None) -> list[tuple[str, int]]:
    return [(f"account:{email}", 0), *([(f"address:{address}", 1)] if address else [])]


def check_throttle(
    session: Session,
    *,
    email: str,
    address: str | None,
    max_per_account: int,
    max_per_address: int,
    window_seconds: int,
) -> None:
    """Refuse (429) while an account or a client address has too many recent failures."""
    now = utcnow()
    since = now - timedelta(seconds=window_seconds)
    limits = [max_per_account, max_per_address]
    for key, which in _failure_keys(email, address):
        count, oldest = session.execute(
            select(func.count(), func.min(LoginFailure.failed_at)).where(
                LoginFailure.key == key, LoginFailure.failed_at > since
            )
        ).one()
        if count >= limits[which]:
            retry_after = (
                int((oldest + timedelta(seconds=window_seconds) - now).total_seconds()) + 1
            )
            raise TooManyRequests(
                "Too many failed sign-in attempts; wait before trying again.",
                retry_after=retry_after,
            )


def record_failure(sessionmaker: Callable[[], Session], *, email: str, address: str | None) -> None:
    """Remember a failed sign-in in its own transaction (the request itself is rolled back)."""
    with sessionmaker() as session, session.begin():
        cutoff = utcnow() - timedelta(days=1)
        session.execute(delete(LoginFailure).where(LoginFailure.failed_at < cutoff))
        session.add_all(LoginFailure(key=key) for key, _ in _failure_keys(email, address))


def clear_account_failures(session: Session, *, email: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.key == f"account:{email}"))


def authenticate_password(session: Session, *, email: str, password: str) -> User | None:
    """The user with these credentials, or None — taking the same time either way."""
    user = session.scalars(select(User).where(User.email == email.strip().lower())).one_or_none()
    if user is None:
        verify_password(password, _DUMMY_HASH)
        return None
    return user if verify_password(password, user.password_hash) else None


def require_password(user: User, password: str) -> None:
    if not verify_password(password, user.password_hash):
        raise Unauthorized("The current password is incorrect.")
