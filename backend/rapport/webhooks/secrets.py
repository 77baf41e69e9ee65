"""Webhook signing secrets: made, encrypted at rest, and used to sign per Standard Webhooks.

A secret is ``whsec_`` + base64 of 32 random bytes (the Standard Webhooks format, which the
reference libraries accept as is). The database only holds it encrypted with AES-256-GCM under a
key derived (HKDF-SHA256) from ``RAPPORT_SECRET_KEY``; the webhook's id is the associated data, so
a ciphertext copied onto another row does not decrypt. Changing the secret key makes existing
secrets unreadable: their deliveries fail with a clear error until the webhook is re-created.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SECRET_PREFIX = "whsec_"  # noqa: S105 — a format prefix, not a secret
SECRET_BYTES = 32
_FORMAT_VERSION = "v1"
_NONCE_BYTES = 12


class SecretUnreadable(Exception):
    """The stored secret does not decrypt with the current secret key."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def _cipher(secret_key: str) -> AESGCM:
    """AES-256-GCM under the key derived from ``secret_key``."""
    # cryptography (about 6 MB a process) is loaded on first use: only creating a webhook and
    # delivering to one need it, not every API worker.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"rapport",
        info=b"rapport webhook signing secrets v1",
    ).derive(secret_key.encode("utf-8"))
    return AESGCM(key)


def encrypt_secret(secret: str, *, secret_key: str, webhook_id: uuid.UUID) -> str:
    nonce = os.urandom(_NONCE_BYTES)
    sealed = _cipher(secret_key).encrypt(nonce, secret.encode("utf-8"), webhook_id.bytes)
    return f"{_FORMAT_VERSION}.{base64.urlsafe_b64encode(nonce + sealed).decode('ascii')}"


def decrypt_secret(stored: str, *, secret_key: str, webhook_id: uuid.UUID) -> str:
    from cryptography.exceptions import InvalidTag

    version, _, payload = stored.partition(".")
    if version != _FORMAT_VERSION:
        raise SecretUnreadable("unknown secret format")
    try:
        raw = base64.urlsafe_b64decode(payload.encode("ascii"))
        opened = _cipher(secret_key).decrypt(
            raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], webhook_id.bytes
        )
    except (InvalidTag, ValueError) as exc:
        raise SecretUnreadable("the secret does not decrypt with the current secret key") from exc
    return opened.decode("utf-8")


def signature(secret: str, *, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value: ``v1,`` + base64 HMAC-SHA256 of
    ``{message_id}.{timestamp}.{body}`` keyed with the base64-decoded secret."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")
