"""Settings, read once from the environment (``RAPPORT_*`` plus ``DATABASE_URL``)."""

from __future__ import annotations

import os
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, NonNegativeInt, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Only ever accepted in development and test; production refuses to start with it.
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production"  # noqa: S105


# How long a password-reset link works: signed into it, and the worker drops the e-mail after it.
PASSWORD_RESET_LINK_VALID = timedelta(hours=1)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAPPORT_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    secret_key: str = Field(
        default=DEVELOPMENT_SECRET_KEY,
        min_length=32,
        description="Signs CSRF tokens and derives calendar feed URLs. Required in production.",
    )
    data_dir: Path = Path("data")
    database_url: str = Field(
        default="",
        validation_alias=AliasChoices("DATABASE_URL", "RAPPORT_DATABASE_URL"),
        description="SQLAlchemy URL; empty means a SQLite file in data_dir.",
    )
    db_pool_size: int = 20
    db_max_overflow: int = 20

    host: str = "127.0.0.1"
    port: int = 8000
    public_url: str = Field(
        default="",
        description="Base URL users reach the app at (links in calendar feeds and e-mails).",
    )
    workers: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="Worker processes for `rapport serve`; default one per CPU core in "
        "production, one otherwise.",
    )
    forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="Proxies trusted for X-Forwarded-For (the client address used in throttling).",
    )
    frontend_dist: Path | None = Field(
        default=None, description="Built dashboard to serve at /; default frontend/dist."
    )

    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins allowed to call the API from a browser with credentials.",
    )
    cookie_secure: bool | None = Field(
        default=None, description="Mark cookies Secure; default: on in production."
    )
    session_days: int = 30
    oauth_token_days: int = 30

    max_body_bytes: int = 1_048_576
    max_upload_bytes: int = 5_242_880

    login_max_failures_per_account: int = 5
    login_max_failures_per_address: int = 30
    login_window_seconds: int = 900

    idempotency_key_hours: int = 24
    fast_password_hashing: bool = Field(
        default=False,
        description="Tests only: hash passwords with cheaper Argon2id parameters (8 MiB, one "
        "pass) so a suite can register hundreds of accounts. Refused in production.",
    )

    # --- the background worker (`rapport worker`): digest e-mails and webhook deliveries ---
    worker_poll_seconds: float = Field(
        default=15.0, gt=0, description="Pause between two passes of `rapport worker`."
    )
    smtp_host: str = Field(
        default="", description="SMTP server for digests and password-reset links; empty: none."
    )
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_tls: Literal["starttls", "ssl", "none"] = Field(
        default="starttls",
        description="`starttls` (usually port 587), `ssl` (implicit TLS, usually 465) or `none` "
        "(a local relay only).",
    )
    smtp_username: str = Field(default="", description="Log in when set.")
    smtp_password: SecretStr = SecretStr("")
    smtp_sender: str = Field(
        default="Rapport <rapport@localhost>", description="The From header of digest e-mails."
    )
    smtp_timeout_seconds: float = Field(default=20.0, gt=0)
    email_daily_cap: int = Field(
        default=2,
        ge=1,
        description="At most this many digests to one user in any 24 hours (the digest is once "
        "per local day; the cap also holds when a user changes time zone).",
    )
    email_retry_delays_seconds: list[NonNegativeInt] = Field(
        default=[60, 300, 900, 1800, 3600, 7200, 14400, 21600],
        description="Waits before each retry of an e-mail the server refused or could not take; "
        "after the last one it is marked failed.",
    )
    email_sending_lease_seconds: int = Field(
        default=600,
        ge=1,
        description="An e-mail left `sending` this long (its worker died mid-send) is sent again.",
    )
    webhook_timeout_seconds: float = Field(
        default=10.0, gt=0, description="Connect + answer time allowed to a webhook receiver."
    )
    webhook_retry_delays_seconds: list[NonNegativeInt] = Field(
        # The Standard Webhooks reference schedule: 8 attempts over about 28 hours.
        default=[5, 300, 1800, 7200, 18000, 36000, 36000],
        description="Waits before each retry of a failed delivery; after the last one the "
        "delivery is marked failed.",
    )
    webhook_allow_loopback: bool = Field(
        default=False,
        description="Development and tests only: let webhooks target 127.0.0.1/::1/localhost. "
        "Private, link-local and metadata addresses stay refused. Refused in production.",
    )

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env == "production" and self.secret_key == DEVELOPMENT_SECRET_KEY:
            raise ValueError(
                "RAPPORT_SECRET_KEY must be set to a long random value when RAPPORT_ENV=production"
                " (for example: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            )
        if self.env == "production" and self.webhook_allow_loopback:
            raise ValueError(
                "RAPPORT_WEBHOOK_ALLOW_LOOPBACK is for development and tests; it would let any "
                "user make the worker call services on this machine"
            )
        if self.env == "production" and self.fast_password_hashing:
            raise ValueError(
                "RAPPORT_FAST_PASSWORD_HASHING is for tests; production hashes passwords at "
                "the full Argon2id cost"
            )
        return self

    @property
    def resolved_workers(self) -> int:
        if self.workers is not None:
            return self.workers
        return (os.cpu_count() or 1) if self.env == "production" else 1

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'rapport.db').resolve()}"

    @property
    def resolved_public_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def secure_cookies(self) -> bool:
        return self.env == "production" if self.cookie_secure is None else self.cookie_secure

    @property
    def resolved_frontend_dist(self) -> Path:
        if self.frontend_dist is not None:
            return self.frontend_dist
        return Path(__file__).resolve().parents[2] / "frontend" / "dist"


@lru_cache
def get_settings() -> Settings:
    return Settings()
