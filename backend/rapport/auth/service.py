"""Passwords, tokens, sessions and sign-in throttling. Services never commit."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, joinedload, make_transient_to_detached

from rapport.accounts.models import User
from rapport.auth.models import AccessToken, LoginFailure, Scope, TokenKind
from rapport.config import PASSWORD_RESET_LINK_VALID
from rapport.db import utcnow
from rapport.errors import TooManyRequests
from rapport.shares.models import Share

# Argon2id with pwdlib's recommended cost (64 MiB, 3 passes, 4 lanes: ~0.2 s on one core here).
_STANDARD_HASHER = PasswordHash.recommended()
# Still Argon2id, at about a tenth of the cost: for test suites that register hundreds of
# accounts (`fast_password_hashing`, refused in production). A hash records its own parameters,
# so either hasher verifies the other's hashes.
_FAST_HASHER = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8192, parallelism=1),))
_password_hash = _STANDARD_HASHER

# Verified against when the e-mail is unknown, so both failures take the same time: each hasher's
# hash of a random password that was thrown away. Written here rather than computed at import,
# which made every worker of `rapport serve` allocate Argon2's 64 MiB as it started, all at once
# (tests/auth/test_auth.py checks that each still has its hasher's parameters).
_DUMMY_HASHES = {
    _STANDARD_HASHER: "$argon2id$v=19$m=65536,t=3,p=4$QnGaohaJ3XDxTZon/VJjDg$"
    "pZClwdMFoymFlgiFLYslwxLaiYlzl7nRlOd60n4rdDI",
    _FAST_HASHER: "$argon2id$v=19$m=8192,t=1,p=1$DTR8OncvkMzPvf9/Atv1aQ$"
    "F27S8ZWqBv0iPkRtN0I15Udg+6KOjSydyYhHZPQraqw",
}


def use_fast_password_hashing() -> None:
    """Hash new passwords at the cheap test cost from now on, in this process (see ``Settings``)."""
    global _password_hash
    _password_hash = _FAST_HASHER


TOKEN_PREFIX = {TokenKind.session: "rps_", TokenKind.personal: "rpt_", TokenKind.oauth: "rpo_"}
# A counselor's share link: no user's credential, so it lives with its share (`shares`), not here.
SHARE_LINK_PREFIX = "rpc_"
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


@dataclass(frozen=True)
class Credential:
    """The token a request came with: which one, what kind, and what it may do."""

    id: uuid.UUID
    kind: TokenKind
    scopes: tuple[str, ...]

    @property
    def can_write(self) -> bool:
        return Scope.write in self.scopes


_USER_COLUMNS = tuple(User.__table__.columns)
_USER_MANAGER = User.__mapper__.class_manager
# Built once: every request runs it. The token with its user, as plain columns in one indexed
# statement: no ORM loading, no per-request statement building (see bench/README.md).
_CALLER = (
    select(
        AccessToken.id,
        AccessToken.kind,
        AccessToken.scopes,
        AccessToken.expires_at,
        AccessToken.last_used_at,
        *(column.label(f"user_{column.name}") for column in _USER_COLUMNS),
    )
    .join(User, User.id == AccessToken.user_id)
    .where(AccessToken.token_hash == bindparam("token_hash"))
)
_TOUCH_TOKEN = (
    update(AccessToken)
    .where(AccessToken.id == bindparam("token_id"))
    .values(last_used_at=bindparam("now"))
)


def find_caller(session: Session, raw: str) -> tuple[User, Credential] | None:
    """The user and the live token for this secret, or None. Records when the token was used,
    at most once a minute (so reads stay reads)."""
    parameters = {"token_hash": hash_secret(raw)}
    try:
        row = session.connection().execute(_CALLER, parameters).one_or_none()
    except DBAPIError as error:
        # The first statement of a request is where a connection the server dropped since it
        # went back to the pool (a restart, a killed backend) shows; nothing was done on it
        # yet, so ask again on a fresh one.
        if not error.connection_invalidated:
            raise
        session.rollback()
        row = session.connection().execute(_CALLER, parameters).one_or_none()
    now = utcnow()
    if row is None or (row.expires_at is not None and row.expires_at <= now):
        return None
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        session.connection().execute(_TOUCH_TOKEN, {"token_id": row.id, "now": now})
    # The user as a persistent object of this session, built from the row (no second load).
    # Its values go in as loaded ones, as the ORM's own loading does: `User(**values)` would set
    # each through its instrumented attribute, recording changes that `make_transient_to_detached`
    # then discards (three times the CPU, ~5 % of a detail request).
    user: User = _USER_MANAGER.new_instance()
    user.__dict__.update({column.key: row[index] for index, column in enumerate(_USER_COLUMNS, 5)})
    make_transient_to_detached(user)
    session.add(user)
    return user, Credential(id=row.id, kind=row.kind, scopes=tuple(row.scopes))


def revoke_by_id(session: Session, token_id: uuid.UUID) -> None:
    session.execute(delete(AccessToken).where(AccessToken.id == token_id))


def new_share_link_secret() -> tuple[str, str]:
    """A counselor link's secret and the hash to store (the secret is shown once)."""
    raw = SHARE_LINK_PREFIX + secrets.token_urlsafe(32)
    return raw, hash_secret(raw)


_SHARE_BY_HASH = (
    select(Share).options(joinedload(Share.user)).where(Share.token_hash == bindparam("token_hash"))
)


def find_share_link(session: Session, raw: str) -> Share | None:
    """The share this link opens (with its student), or None once revoked or expired.

    The database decides on every request, so revoking works at once in every worker."""
    share = session.scalars(_SHARE_BY_HASH, {"token_hash": hash_secret(raw)}).one_or_none()
    return share if share is not None and share.is_active(utcnow()) else None


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


# --- setting a new password by e-mail ----------------------------------------------------------


def _reset_signature(user: User, expires: int, secret_key: str) -> str:
    # Signed over the password hash and address too: the link stops working once the password
    # (or the address) changes, so it works once, and nothing about it needs to be stored.
    message = f"password-reset:{user.id}:{expires}:{user.email}:{user.password_hash}"
    digest = hmac.new(secret_key.encode(), message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def reset_token_for(user: User, *, secret_key: str, now: datetime) -> str:
    """The secret of a link that sets a new password for `user`, valid from `now` for
    `PASSWORD_RESET_LINK_VALID` (an hour)."""
    expires = int((now + PASSWORD_RESET_LINK_VALID).timestamp())
    return f"{user.id.hex}.{expires}.{_reset_signature(user, expires, secret_key)}"


def user_for_reset_token(
    session: Session, token: str, *, secret_key: str, now: datetime
) -> User | None:
    """The user whose valid, unexpired, unused reset link this is; None for anything else."""
    user_hex, _, rest = token.partition(".")
    expires_text, _, signature = rest.partition(".")
    try:
        user_id, expires = uuid.UUID(hex=user_hex), int(expires_text)
    except ValueError:
        return None
    if expires < now.timestamp():
        return None
    user = session.get(User, user_id)
    if user is None:
        return None
    expected = _reset_signature(user, expires, secret_key)
    return user if hmac.compare_digest(signature.encode(), expected.encode()) else None


def set_password(session: Session, *, user: User, password: str, keep: uuid.UUID | None) -> None:
    """A new password; every browser session and password-grant token but `keep` ends."""
    user.password_hash = hash_password(password)
    revoke_other_logins(session, user=user, keep=keep)
    session.flush()


def reset_password(session: Session, *, user: User, password: str) -> None:
    """A new password for someone who lost theirs (by the e-mailed link, or from the command
    line): every browser session and password-grant token ends, failed sign-ins are forgotten."""
    set_password(session, user=user, password=password, keep=None)
    clear_account_failures(session, email=user.email)


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


def record_failure(session: Session, *, email: str, address: str | None) -> None:
    """Remember a failed sign-in (and forget those older than a day)."""
    cutoff = utcnow() - timedelta(days=1)
    session.execute(delete(LoginFailure).where(LoginFailure.failed_at < cutoff))
    session.add_all(LoginFailure(key=key) for key, _ in _failure_keys(email, address))


def clear_account_failures(session: Session, *, email: str) -> None:
    session.execute(delete(LoginFailure).where(LoginFailure.key == f"account:{email}"))


def user_by_email(session: Session, email: str) -> User | None:
    """The account with this address (addresses are unique regardless of case)."""
    return session.scalars(select(User).where(User.email == email.strip().lower())).one_or_none()


def authenticate_password(session: Session, *, email: str, password: str) -> User | None:
    """The user with these credentials, or None — taking the same time either way."""
    user = user_by_email(session, email)
    if user is None:
        verify_password(password, _DUMMY_HASHES[_password_hash])
        return None
    return user if verify_password(password, user.password_hash) else None
