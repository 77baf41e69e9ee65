"""Reads run in autocommit: no ``BEGIN``/``COMMIT`` round trips around a request that only reads.
Writes, and reads whose router says they write (``reads_write=True``), keep one transaction; a
read that changes objects without saying so fails instead of committing them piecemeal."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rapport.auth.dependencies import CurrentUser
from rapport.config import Settings
from rapport.contacts.models import Contact
from rapport.contacts.schemas import ContactCreate
from rapport.contacts.service import create_contact
from rapport.db import SessionDep
from rapport.main import create_app
from rapport.routing import api_router
from tests.conftest import Account


def _transaction_state(session: Session) -> str:
    """After a SELECT: on Postgres the driver's transaction status (``INTRANS`` once psycopg sent
    ``BEGIN``, ``IDLE`` in autocommit); on SQLite whether the connection is in autocommit (its
    driver begins a transaction only before a write)."""
    session.execute(select(1))
    raw = session.connection().connection.driver_connection
    if isinstance(raw, psycopg.AsyncConnection):
        return str(raw.info.transaction_status.name)
    return "IDLE" if raw.isolation_level is None else "INTRANS"


@pytest.fixture
def probed(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    reads = api_router(prefix="/api/v1/probe")
    writing_reads = api_router(prefix="/api/v1/probe-writing", reads_write=True)

    @reads.get("")
    def read(session: SessionDep) -> str:
        return _transaction_state(session)

    @reads.post("")
    def write(session: SessionDep) -> str:
        return _transaction_state(session)

    @writing_reads.get("")
    def read_that_writes(session: SessionDep) -> str:
        return _transaction_state(session)

    def add_contact(user: CurrentUser, session: SessionDep) -> str:
        create_contact(session, user=user, data=ContactCreate(full_name="Written by a read"))
        return "added"

    reads.get("/add")(add_contact)
    writing_reads.get("/add")(add_contact)

    application.include_router(reads)
    application.include_router(writing_reads)
    yield application
    application.state.db.dispose()


def _client(application: FastAPI, account: Account) -> TestClient:
    return TestClient(
        application,
        headers={"Authorization": f"Bearer {account.token}"},
        raise_server_exceptions=False,
    )


def _written(application: FastAPI) -> int:
    with application.state.db.sessionmaker() as session:
        return (
            session.scalar(select(func.count()).where(Contact.full_name == "Written by a read"))
            or 0
        )


def test_reads_hold_no_transaction_and_writes_one(probed: FastAPI, alice: Account) -> None:
    client = _client(probed, alice)
    assert client.get("/api/v1/probe").json() == "IDLE"
    assert client.post("/api/v1/probe").json() == "INTRANS"
    assert client.get("/api/v1/probe-writing").json() == "INTRANS"
    # The pool hands the same connections to reads and writes: each gets its own mode back.
    assert client.post("/api/v1/probe").json() == "INTRANS"
    assert client.get("/api/v1/probe").json() == "IDLE"


def test_a_read_that_changes_objects_must_say_so(probed: FastAPI, alice: Account) -> None:
    client = _client(probed, alice)
    assert client.get("/api/v1/probe/add").status_code == 500
    assert _written(probed) == 0
    assert client.get("/api/v1/probe-writing/add").json() == "added"
    assert _written(probed) == 1
