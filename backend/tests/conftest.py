"""Test fixtures: a real database (Postgres when RAPPORT_TEST_DATABASE_URL points at one, else a
SQLite file), migrated with the real migrations, and the real ASGI app driven over httpx.

Each pytest process gets its own database, so parallel runs never meet; every test starts from
empty tables.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rapport.cli import alembic_config
from rapport.config import Settings
from rapport.main import create_app
from rapport.models import Base

PASSWORD = "correct horse battery staple"


@contextmanager
def throwaway_database(like: str, folder: Path, name: str) -> Iterator[str]:
    """A new, empty database of the kind the URL `like` names, dropped afterwards: on Postgres a
    database of its own on the same server (its name made unique, so parallel runs never meet),
    else the SQLite file `<folder>/<name>.db`."""
    if not like.startswith("postgresql"):
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    url = make_url(like)
    unique = f"{name}_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{unique}"'))
        # A throwaway database need not wait for each commit to reach the disk.
        connection.execute(text(f'ALTER DATABASE "{unique}" SET synchronous_commit = off'))
    try:
        yield url.set(database=unique).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{unique}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = os.environ.get("RAPPORT_TEST_DATABASE_URL", "")
    with throwaway_database(base, tmp_path_factory.mktemp("db"), "rapport_test") as url:
        yield url


@pytest.fixture
def scratch_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """Another empty database of the same kind as the test run's (for running migrations)."""
    with throwaway_database(database_url, tmp_path, "rapport_scratch") as url:
        yield url


@pytest.fixture(scope="session")
def dialect(database_url: str) -> str:
    return make_url(database_url).get_backend_name()


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from alembic import command

    command.upgrade(alembic_config(database_url), "head")
    return Settings(
        env="test",
        database_url=database_url,
        # Argon2id at about a tenth of the cost: the suite registers hundreds of accounts.
        fast_password_hashing=True,
        # Tests drive the API; the dashboard has its own browser tests against a built copy.
        frontend_dist=tmp_path_factory.mktemp("no-dashboard"),
    )


@pytest.fixture(scope="session")
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    yield application
    application.state.db.dispose()


@pytest.fixture(autouse=True)
def _empty_tables(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "app" not in request.fixturenames:
        return
    application: FastAPI = request.getfixturevalue("app")
    with application.state.db.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    """An anonymous client (no cookie, no token)."""
    return TestClient(app)


@dataclass
class Account:
    """A registered user with a read-write personal token, and a client that sends it."""

    client: TestClient
    email: str
    password: str
    token: str
    user_id: str
    name: str

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.client.get(url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self.client.post(url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> Any:
        return self.client.patch(url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> Any:
        return self.client.delete(url, **kwargs)


def register_account(
    app: FastAPI, *, name: str, email: str | None = None, timezone: str = "UTC", **extra: Any
) -> Account:
    browser = TestClient(app)
    email = email or f"{name.lower().replace(' ', '.')}.{secrets.token_hex(4)}@example.edu"
    response = browser.post(
        "/api/v1/auth/register",
        json={"email": email, "password": PASSWORD, "name": name, "timezone": timezone, **extra},
    )
    assert response.status_code == 201, response.text
    csrf = response.json()["csrf_token"]
    created = browser.post(
        "/api/v1/me/tokens", json={"name": "tests"}, headers={"X-CSRF-Token": csrf}
    )
    assert created.status_code == 201, created.text
    token = created.json()["token"]
    api = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    return Account(
        client=api,
        email=email,
        password=PASSWORD,
        token=token,
        user_id=response.json()["user"]["id"],
        name=name,
    )


@pytest.fixture
def make_account(app: FastAPI) -> Callable[..., Account]:
    def make(name: str = "Ada Student", **kwargs: Any) -> Account:
        return register_account(app, name=name, **kwargs)

    return make


@pytest.fixture
def alice(make_account: Callable[..., Account]) -> Account:
    return make_account("Alice Ng")


@pytest.fixture
def bob(make_account: Callable[..., Account]) -> Account:
    return make_account("Bob Osei")


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    """The answer is an RFC 9457 problem with this status; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("urn:rapport:problem:")
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body
