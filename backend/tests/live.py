"""Real server processes (uvicorn, as `rapport serve` runs it) against a test database.

Used where one process is not enough to prove a guarantee — throttling and writes shared by
several workers, surviving database faults, the contract run — and for the dashboard's browser
tests; `bench/run.py` starts its server with the same `running`. Every wait is a bounded poll,
never a fixed sleep.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

BACKEND = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def uvicorn_command(
    factory: str, *, port: int, workers: int = 1, options: Sequence[str] = ()
) -> list[str]:
    """The uvicorn command line serving the app `factory` makes on 127.0.0.1:`port`, in
    `workers` processes, without an access log."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        factory,
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        *options,
    ]


class ServerFailed(RuntimeError):
    """The server exited, or did not become ready in time."""


def _log_tail(log: Path) -> str:
    return log.read_bytes()[-4000:].decode(errors="replace")


@contextmanager
def running(
    command: list[str], *, env: dict[str, str], log: Path, ready: str, timeout: float, cwd: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """Run a server `command` in a process group of its own, its output in `log`; yield once the
    URL `ready` answers 200, and stop the whole group (the workers too) afterwards. A server
    that exits first fails at once, with the end of its log."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + timeout
            while not _answers(ready):
                if process.poll() is not None:
                    raise ServerFailed(f"the server exited ({log}):\n{_log_tail(log)}")
                if time.monotonic() > deadline:
                    raise ServerFailed(f"{ready} did not answer within {timeout:g} s ({log})")
                time.sleep(0.05)
            yield process
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)


@contextmanager
def serve(
    database_url: str,
    tmp_path: Path,
    *,
    workers: int = 1,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> Iterator[str]:
    """Run the app in `workers` uvicorn worker processes, with test settings and no dashboard
    (unless `env` names one); yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    dist = tmp_path / "no-dashboard"
    dist.mkdir(parents=True, exist_ok=True)
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "RAPPORT_ENV": "test",
        "RAPPORT_FAST_PASSWORD_HASHING": "true",
        "RAPPORT_FRONTEND_DIST": str(dist),
        "RAPPORT_DATA_DIR": str(tmp_path),
        "RAPPORT_PUBLIC_URL": base,
        **(env or {}),
    }
    with running(
        uvicorn_command("rapport.main:create_app", port=port, workers=workers),
        env=environment,
        log=tmp_path / f"server-{port}.log",
        ready=f"{base}/readyz",
        timeout=timeout,
        cwd=BACKEND,
    ):
        yield base


def require_postgres(database_url: str) -> None:
    if make_url(database_url).get_backend_name() != "postgresql":
        pytest.skip("needs Postgres: several processes and database faults (run the Postgres pass)")


def terminate_connections(database_url: str, *, application_name: str | None = None) -> int:
    """Kill every server backend connected to the test's own database (nobody else's)."""
    url = make_url(database_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    query = (
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE datname = :name AND pid <> pg_backend_pid()"
    )
    params = {"name": url.database}
    if application_name is not None:
        query += " AND application_name = :app"
        params["app"] = application_name
    try:
        with admin.connect() as connection:
            return int(connection.execute(text(query), params).scalar_one())
    finally:
        admin.dispose()


def register(base: str, email: str, password: str) -> str:
    """Create an account over HTTP and return a read-write personal token."""
    with httpx.Client(base_url=base, timeout=30) as browser:
        created = browser.post(
            "/api/v1/auth/register",
            json={"email": email, "password": password, "name": "Live User", "timezone": "UTC"},
        )
        assert created.status_code == 201, created.text
        token = browser.post(
            "/api/v1/me/tokens",
            json={"name": "live"},
            headers={"X-CSRF-Token": created.json()["csrf_token"]},
        )
        assert token.status_code == 201, token.text
        return str(token.json()["token"])
