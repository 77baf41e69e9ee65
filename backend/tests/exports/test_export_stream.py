"""Exports are streamed: written piece by piece from one snapshot of the database, on a
connection of their own that goes back to the pool however the download ends."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import event

from tests.conftest import Account
from tests.fixtures.seed import add_contacts_in_bulk, add_reminder

EXPORTS = ("/api/v1/export", "/api/v1/export/contacts.csv", "/api/v1/export/contacts.vcf")
MANY = 2_000


@pytest.fixture(autouse=True)
def many_contacts(alice: Account, app: FastAPI) -> None:
    """Every test here starts with Alice holding MANY contacts: enough that every format is
    several pieces (a batch of contacts is 500 rows)."""
    add_contacts_in_bulk(app, user_id=alice.user_id, count=MANY)


def count_contacts(path: str, body: bytes) -> int:
    if path.endswith(".csv"):
        return len(list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")))))
    if path.endswith(".vcf"):
        return body.count(b"BEGIN:VCARD\r\n")
    return len(json.loads(body)["contacts"])


@contextmanager
def connections_out(app: FastAPI) -> Iterator[list[int]]:
    """How many connections of the request engine are checked out of its pool ([n]), kept up
    to date while the block runs."""
    out = [0]

    def checkout(*_: Any) -> None:
        out[0] += 1

    def checkin(*_: Any) -> None:
        out[0] -= 1

    engine = app.state.db.request_engine
    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    try:
        yield out
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "checkin", checkin)


@pytest.mark.parametrize("path", EXPORTS)
def test_a_large_export_arrives_in_several_pieces(alice: Account, path: str) -> None:
    with alice.client.stream("GET", path) as response:
        assert response.status_code == 200
        assert response.headers["content-disposition"].startswith("attachment; filename=")
        pieces = list(response.iter_raw())
    assert len(pieces) > 3
    assert count_contacts(path, b"".join(pieces)) == MANY


def test_a_write_committed_while_the_export_streams_is_not_in_it(
    alice: Account, app: FastAPI
) -> None:
    with alice.client.stream("GET", "/api/v1/export") as response:
        pieces = response.iter_raw()
        first = next(pieces)
        assert first.startswith(b'{"format":"rapport-export"')
        # Committed on another connection once the export has begun, before it reads reminders.
        late = add_reminder(
            app, user_id=alice.user_id, title="Written mid-export", due_at=datetime.now(UTC)
        )
        add_contacts_in_bulk(app, user_id=alice.user_id, count=1, full_name="Late Arrival")
        archive = json.loads(first + b"".join(pieces))
    assert late not in {reminder["id"] for reminder in archive["reminders"]}
    assert len(archive["contacts"]) == MANY
    # The next export has them: the first one read a snapshot, it did not lose the writes.
    again = alice.get("/api/v1/export").json()
    assert late in {reminder["id"] for reminder in again["reminders"]}
    assert len(again["contacts"]) == MANY + 1


@pytest.mark.parametrize("path", EXPORTS)
def test_the_connection_goes_back_to_the_pool_after_the_export(
    alice: Account, app: FastAPI, path: str
) -> None:
    with connections_out(app) as out:
        response = alice.get(path)
        assert response.status_code == 200
        assert count_contacts(path, response.content) == MANY
        assert out == [0]


@pytest.mark.parametrize("path", EXPORTS)
def test_the_connection_goes_back_to_the_pool_when_the_client_stops_reading(
    alice: Account, app: FastAPI, path: str
) -> None:
    with connections_out(app) as out:
        with alice.client.stream("GET", path) as response:
            next(response.iter_raw())
            assert out[0] >= 1  # the export's own connection, still reading
        assert out == [0]
    assert count_contacts(path, alice.get(path).content) == MANY
