"""Database faults: while the database is unreachable the API says so (503 problem+json, never a
500 or a traceback) and /healthz stays up; killed connections are survived without restarting the
API; a write whose connection dies half-way leaves nothing behind.

Faults are confined to this test run's own database (its connections are terminated and new ones
refused), so other test runs on the same server are not disturbed. A full server restart is
proven on a private throw-away cluster started for the test (initdb + pg_ctl as `postgres`).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from alembic import command
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from rapport.cli import alembic_config
from rapport.config import Settings
from rapport.main import create_app
from tests.conftest import Account, assert_problem, register_account
from tests.live import (
    free_port,
    register,
    require_postgres,
    serve,
    terminate_connections,
    wait_for,
)
from tests.security.crawl import API, fill, operations, populate

ZERO_ID = "00000000-0000-4000-8000-000000000000"


def _admin(database_url: str) -> Any:
    return create_engine(
        make_url(database_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )


@contextmanager
def connections_refused(database_url: str) -> Iterator[None]:
    """The test database refuses new connections and loses its current ones, until the end."""
    name = make_url(database_url).database
    admin = _admin(database_url)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
        terminate_connections(database_url)
        yield
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()


def _assert_refused_without_a_fault(label: str, response: Any) -> None:
    """Public operations check their input before any database work: invalid input is 422."""
    if label.startswith("public ") and response.status_code == 422:
        assert_problem(response, 422)
    else:
        _assert_unavailable(response, label)


def _assert_unavailable(response: Any, label: str) -> None:
    assert response.status_code == 503, (label, response.status_code, response.text[:200])
    assert_problem(response, 503)
    assert response.headers["retry-after"].isdigit(), label


def _every_operation(app: FastAPI, client: TestClient, token: str) -> Iterator[tuple[str, Any]]:
    ids = {name: ZERO_ID for op in operations(app) for name in op.parameters}
    ids["feed_token"] = "x" * 43
    headers = {"Authorization": f"Bearer {token}"}
    for op in operations(app):
        if op.path in ("/healthz", "/readyz"):
            continue
        kwargs: dict[str, Any] = {"headers": headers}
        if "requestBody" in op.spec:
            kwargs["json"] = {}
        label = op.label if op.authenticated else f"public {op.label}"
        yield label, client.request(op.method.upper(), fill(op.path, ids), **kwargs)


def test_with_the_database_unreachable_every_operation_answers_503(settings: Settings) -> None:
    """A second app instance pointed at a port where nothing listens (any test database kind)."""
    nowhere = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/rapport"
    application = create_app(settings.model_copy(update={"database_url": nowhere}))
    client = TestClient(application, raise_server_exceptions=False)
    try:
        assert client.get("/healthz").status_code == 200
        _assert_unavailable(client.get("/readyz"), "readyz")
        answered = 0
        for label, response in _every_operation(application, client, "rpt_" + "a" * 43):
            _assert_refused_without_a_fault(label, response)
            answered += 1
        assert answered >= 30
    finally:
        application.state.db.dispose()


def test_killed_connections_are_survived_without_a_restart(
    app: FastAPI, alice: Account, database_url: str
) -> None:
    require_postgres(database_url)
    ids = populate(alice)
    assert alice.get(f"{API}/contacts").status_code == 200
    for _ in range(3):
        assert terminate_connections(database_url) >= 1
        assert alice.get(f"{API}/contacts/{ids['contact_id']}").status_code == 200
        created = alice.post(f"{API}/contacts", json={"full_name": "After the fault"})
        assert created.status_code == 201, created.text


def test_a_running_server_survives_killed_connections(
    app: FastAPI, database_url: str, tmp_path: Path
) -> None:
    require_postgres(database_url)
    with serve(database_url, tmp_path, workers=2) as base:
        token = register(base, "survivor@example.edu", "correct horse battery staple")
        headers = {"Authorization": f"Bearer {token}"}
        for round_ in range(3):
            assert terminate_connections(database_url) >= 1
            for attempt in range(4):  # new connections land on both workers
                response = httpx.post(
                    f"{base}{API}/contacts",
                    json={"full_name": f"Survivor {round_}.{attempt}"},
                    headers=headers,
                    timeout=30,
                )
                assert response.status_code == 201, response.text
        listed = httpx.get(f"{base}{API}/contacts?limit=200", headers=headers, timeout=30)
        assert len(listed.json()["items"]) == 12


def test_while_connections_are_refused_the_api_answers_503_then_recovers(
    app: FastAPI, alice: Account, client: TestClient, database_url: str
) -> None:
    require_postgres(database_url)
    ids = populate(alice)
    tolerant = TestClient(app, raise_server_exceptions=False)
    with connections_refused(database_url):
        assert tolerant.get("/healthz").status_code == 200
        _assert_unavailable(tolerant.get("/readyz"), "readyz")
        for label, response in _every_operation(app, tolerant, alice.token):
            _assert_refused_without_a_fault(label, response)
    assert client.get("/readyz").status_code == 200
    assert alice.get(f"{API}/contacts/{ids['contact_id']}").status_code == 200


def _locked_backends(database_url: str) -> list[int]:
    query = (
        "SELECT pid FROM pg_stat_activity WHERE datname = :name AND wait_event_type = 'Lock' "
        "AND pid <> pg_backend_pid()"
    )
    admin = _admin(database_url)
    try:
        with admin.connect() as connection:
            return list(
                connection.execute(text(query), {"name": make_url(database_url).database}).scalars()
            )
    finally:
        admin.dispose()


def _holds_write_lock_on(database_url: str, pid: int, table: str) -> bool:
    engine = create_engine(database_url)  # the table name resolves inside the test database
    try:
        with engine.connect() as connection:
            return bool(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_locks WHERE pid = :pid AND granted "
                        "AND mode = 'RowExclusiveLock' AND relation = CAST(:table AS regclass)"
                    ),
                    {"pid": pid, "table": table},
                ).scalar_one()
            )
    finally:
        engine.dispose()


def test_a_write_killed_half_way_leaves_nothing_behind(
    app: FastAPI, alice: Account, database_url: str
) -> None:
    """Adding a contact with a keep-in-touch cadence writes the contact, then its reminder (and
    the idempotency record). The reminder insert is held on a lock, the request's connection is
    killed while it waits, and then nothing of it may exist."""
    require_postgres(database_url)
    holder = create_engine(database_url)
    answer: dict[str, Any] = {}

    def write() -> None:
        with TestClient(app, raise_server_exceptions=False) as client:
            answer["response"] = client.post(
                f"{API}/contacts",
                json={"full_name": "Half Written", "keep_in_touch_days": 30},
                headers={"Authorization": f"Bearer {alice.token}", "Idempotency-Key": "half"},
            )

    try:
        with holder.connect() as lock:
            lock.execute(text("LOCK TABLE reminders IN SHARE MODE"))  # blocks writes, not reads
            writer = threading.Thread(target=write)
            writer.start()
            wait_for(lambda: bool(_locked_backends(database_url)), timeout=30, what="the write")
            [pid] = _locked_backends(database_url)
            assert _holds_write_lock_on(database_url, pid, "contacts"), "contact not yet written"
            admin = _admin(database_url)
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            admin.dispose()
            lock.rollback()
        writer.join(timeout=30)
        assert not writer.is_alive()
    finally:
        holder.dispose()
    _assert_unavailable(answer["response"], "the killed write")
    assert alice.get(f"{API}/contacts").json()["items"] == []
    assert alice.get(f"{API}/reminders").json()["items"] == []
    retried = alice.post(
        f"{API}/contacts",
        json={"full_name": "Half Written", "keep_in_touch_days": 30},
        headers={"Idempotency-Key": "half"},
    )
    assert retried.status_code == 201 and "idempotent-replayed" not in retried.headers
    assert len(alice.get(f"{API}/contacts").json()["items"]) == 1


@contextmanager
def private_cluster() -> Iterator[tuple[str, Callable[[str], None]]]:
    """A throw-away Postgres cluster of our own, so restarting it disturbs nobody."""
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not binaries or os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("needs the Postgres server binaries and root (to run them as `postgres`)")
    bin_dir = Path(binaries[-1])
    home = Path(tempfile.mkdtemp(prefix="rapport-pg-"))
    shutil.chown(home, "postgres")
    port = free_port()

    def as_postgres(*args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *args],
            check=True,
            timeout=120,
            capture_output=True,
        )

    def ctl(action: str) -> None:
        options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(home / "log")
        as_postgres(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(home / "data"),
            "-o",
            options,
            "-l",
            log,
            "-m",
            "fast",
            "-w",
            "-t",
            "60",
            action,
        )

    try:
        as_postgres(
            str(bin_dir / "initdb"),
            "--no-sync",
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            str(home / "data"),
        )
        ctl("start")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", ctl
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            ctl("stop")
        shutil.rmtree(home, ignore_errors=True)


def test_the_api_survives_a_postgres_restart(database_url: str, tmp_path: Path) -> None:
    """The whole server stops (every connection gone, new ones refused) and starts again."""
    require_postgres(database_url)
    with private_cluster() as (url, ctl):
        command.upgrade(alembic_config(url), "head")
        application = create_app(Settings(env="test", database_url=url, frontend_dist=tmp_path))
        try:
            client = TestClient(application, raise_server_exceptions=False)
            alice = register_account(application, name="Alice Restart")
            assert alice.post(f"{API}/contacts", json={"full_name": "Before"}).status_code == 201
            ctl("stop")
            assert client.get("/healthz").status_code == 200
            _assert_unavailable(client.get("/readyz"), "readyz")
            listed = client.get(
                f"{API}/contacts", headers={"Authorization": f"Bearer {alice.token}"}
            )
            _assert_unavailable(listed, "list")
            ctl("start")
            assert client.get("/readyz").status_code == 200
            assert alice.post(f"{API}/contacts", json={"full_name": "After"}).status_code == 201
            ctl("restart")
            names = {c["full_name"] for c in alice.get(f"{API}/contacts").json()["items"]}
            assert names == {"Before", "After"}
        finally:
            application.state.db.dispose()
