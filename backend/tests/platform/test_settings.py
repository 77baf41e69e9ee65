from __future__ import annotations

import pytest
from pydantic import ValidationError

from rapport.config import DEVELOPMENT_SECRET_KEY, Settings


def test_production_refuses_to_start_without_a_secret_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAPPORT_SECRET_KEY", raising=False)
    with pytest.raises(ValidationError, match="RAPPORT_SECRET_KEY"):
        Settings(env="production", _env_file=None)  # type: ignore[call-arg]


def test_production_starts_with_a_secret_key() -> None:
    settings = Settings(env="production", secret_key="s" * 48, _env_file=None)  # type: ignore[call-arg]
    assert settings.secret_key != DEVELOPMENT_SECRET_KEY
    assert settings.secure_cookies


def test_database_url_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert Settings(_env_file=None).resolved_database_url == "postgresql+psycopg://u@h/db"  # type: ignore[call-arg]


def test_default_database_is_a_sqlite_file_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("RAPPORT_DATABASE_URL", raising=False)
    url = Settings(_env_file=None).resolved_database_url  # type: ignore[call-arg]
    assert url.startswith("sqlite:///") and url.endswith("/data/rapport.db")
