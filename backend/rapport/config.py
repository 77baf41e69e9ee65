"""Settings, read once from the environment (``RAPPORT_*`` plus ``DATABASE_URL``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Only ever accepted in development and test; production refuses to start with it.
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production"  # noqa: S105


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
    workers: int = 1
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

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env == "production" and self.secret_key == DEVELOPMENT_SECRET_KEY:
            raise ValueError(
                "RAPPORT_SECRET_KEY must be set to a long random value when RAPPORT_ENV=production"
                " (for example: python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            )
        return self

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
