from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from rapport.config import DEVELOPMENT_SECRET_KEY, Settings
from rapport.main import create_app


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


def test_production_refuses_the_cheap_test_password_hashing() -> None:
    with pytest.raises(ValidationError, match="RAPPORT_FAST_PASSWORD_HASHING"):
        Settings(env="production", secret_key="s" * 48, fast_password_hashing=True, _env_file=None)  # type: ignore[call-arg]


def test_passwords_are_hashed_with_argon2id_at_full_cost_unless_tests_ask(
    tmp_path: Path,
) -> None:
    # A fresh interpreter: this test process already switched to the cheap test cost.
    script = (
        "from rapport.auth import service as s\n"
        "standard = s.hash_password('pw')\n"
        "s.use_fast_password_hashing()\n"
        "fast = s.hash_password('pw')\n"
        "print(standard); print(fast)\n"
        "assert s.verify_password('pw', standard) and s.verify_password('pw', fast)\n"
        "assert not s.verify_password('other', standard)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split()
    assert out[0].startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert out[1].startswith("$argon2id$v=19$m=8192,t=1,p=1$")


def test_production_serves_with_one_worker_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAPPORT_WORKERS", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 6)
    production = Settings(env="production", secret_key="s" * 48, _env_file=None)  # type: ignore[call-arg]
    assert production.resolved_workers == 6
    assert Settings(_env_file=None).resolved_workers == 1  # type: ignore[call-arg]


def test_workers_set_explicitly_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_WORKERS", "3")
    production = Settings(env="production", secret_key="s" * 48, _env_file=None)  # type: ignore[call-arg]
    assert production.resolved_workers == 3


@pytest.mark.parametrize(("env", "frozen"), [("production", True), ("test", False)])
def test_a_production_worker_keeps_its_start_up_heap_out_of_full_collections(
    settings: Settings, env: str, frozen: bool
) -> None:
    """What a worker builds to start lives as long as it does: collecting it in every full
    collection cost ~100 ms stalls (the p99), so production freezes it (gc.freeze) for the
    lifespan, and unfreezes it at the end."""
    app = create_app(settings.model_copy(update={"env": env, "secret_key": "s" * 48}))
    with TestClient(app):  # runs the lifespan (in the client's own thread and event loop)
        during = gc.get_freeze_count()
    assert (during > 10_000) is frozen
    assert gc.get_freeze_count() == 0
