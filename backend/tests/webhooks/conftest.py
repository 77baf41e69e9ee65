from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.config import Settings
from rapport.main import create_app
from tests.conftest import Account
from tests.worker.servers import make_worker, receiver, smtp_server

__all__ = ["make_worker", "receiver", "smtp_server"]


@pytest.fixture(scope="session")
def loopback_app(settings: Settings) -> Iterator[FastAPI]:
    """The app as a developer runs it with RAPPORT_WEBHOOK_ALLOW_LOOPBACK=true (same database)."""
    application = create_app(settings.model_copy(update={"webhook_allow_loopback": True}))
    yield application
    application.state.db.dispose()


@pytest.fixture
def developer(loopback_app: FastAPI, alice: Account) -> TestClient:
    """Alice's token on the loopback-allowing app, to point webhooks at the local receiver."""
    return TestClient(loopback_app, headers={"Authorization": f"Bearer {alice.token}"})
