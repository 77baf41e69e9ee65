"""Safe retries for create requests (``Idempotency-Key``).

The saved answer is written in the same transaction as the object it describes, so a client
either gets a committed object and a replayable answer, or neither.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from rapport.db import utcnow
from rapport.errors import Conflict, Invalid
from rapport.idempotency.models import IdempotencyRecord

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
# Printable ASCII; HTTP drops spaces around a header value, so a key starts and ends with a visible
# character.
KEY_PATTERN = rf"^[\x21-\x7e]([\x20-\x7e]{{0,{MAX_KEY_LENGTH - 2}}}[\x21-\x7e])?$"
_KEY = re.compile(KEY_PATTERN)
REPLAYED_HEADER = "Idempotent-Replayed"
_KEPT_HEADERS = ("location", "etag", "content-type")


def validate_key(key: str) -> str:
    if _KEY.fullmatch(key) is None:
        raise Invalid(
            f"{HEADER} must be 1–{MAX_KEY_LENGTH} printable ASCII characters.",
            field=f"header.{HEADER}",
        )
    return key


def request_fingerprint(request: Request, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (request.method, request.url.path, request.url.query):
        digest.update(part.encode() + b"\0")
    digest.update(body)
    return digest.hexdigest()


def find(session: Session, *, user_id: uuid.UUID, key: str) -> IdempotencyRecord | None:
    return session.scalars(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id,
            IdempotencyRecord.key == key,
            IdempotencyRecord.expires_at > utcnow(),
        )
    ).one_or_none()


def replay(
    record: IdempotencyRecord, fingerprint: str, *, reveals_secret: bool = False
) -> Response:
    if record.request_hash != fingerprint:
        raise Invalid(
            f"This {HEADER} was already used for a different request; use a new key.",
            field=f"header.{HEADER}",
        )
    if reveals_secret:
        raise Conflict(
            "This request already succeeded, and its secret is shown only in the first answer "
            "(it is never stored). Revoke what it created if you lost the secret, and create "
            "another with a new key."
        )
    headers = dict(record.response_headers)
    headers[REPLAYED_HEADER] = "true"
    return Response(record.response_body, status_code=record.status_code, headers=headers)


def remember(
    session: Session,
    *,
    user_id: uuid.UUID,
    key: str,
    fingerprint: str,
    response: Response,
    keep_hours: int,
    keep_body: bool = True,
) -> None:
    now = utcnow()
    session.execute(
        delete(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.expires_at <= now
        )
    )
    session.add(
        IdempotencyRecord(
            user_id=user_id,
            key=key,
            request_hash=fingerprint,
            status_code=response.status_code,
            response_headers={
                name: value for name, value in response.headers.items() if name in _KEPT_HEADERS
            },
            response_body=bytes(response.body) if keep_body else b"",
            expires_at=now + timedelta(hours=keep_hours),
        )
    )
