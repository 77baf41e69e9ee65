"""A second client proves the OpenAPI document: a Python client generated from the committed
openapi.json by a real generator (openapi-python-client) drives the real app over HTTP."""

from __future__ import annotations

import importlib
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from tests.conftest import Account

REPO = Path(__file__).resolve().parents[3]
PACKAGE = "rapport_generated_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """Generate the client package from openapi.json and import it."""
    out = tmp_path_factory.mktemp("client")
    config = out / "config.yaml"
    # No post-processing hooks: the client is generated as the tool writes it.
    config.write_text("post_hooks: []\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(REPO / "openapi.json"),
            "--meta",
            "none",
            "--output-path",
            str(out / PACKAGE),
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Every schema and operation must generate: a warning means part of the API is unusable.
    assert "Warning" not in result.stdout, result.stdout
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def base_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a free local port, for the length of the test."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # lifespan off: the session-wide app's database must outlive this server.
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def submodule(package: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{name}")


@pytest.fixture
def models(generated: ModuleType) -> ModuleType:
    """The generated client's request and answer classes."""
    return submodule(generated, "models")


@pytest.fixture
def alices_client(generated: ModuleType, base_url: str, alice: Account) -> Iterator[Any]:
    """The generated client, signed in with Alice's token, against the served app."""
    with generated.AuthenticatedClient(base_url=base_url, token=alice.token) as client:
        yield client


def test_generated_client_runs_the_interview_loop(
    generated: ModuleType, models: ModuleType, alices_client: Any
) -> None:
    create_contact = submodule(generated, "api.contacts.create_contact")
    get_contact = submodule(generated, "api.contacts.get_contact")
    create_interview = submodule(generated, "api.interviews.create_interview")
    update_interview = submodule(generated, "api.interviews.update_interview")
    list_reminders = submodule(generated, "api.reminders.list_reminders")

    created = create_contact.sync_detailed(
        client=alices_client,
        body=models.ContactCreate(
            full_name="Zoë O'Brien",
            email="zoe@example.org",
            organization="Broad Institute",
            keep_in_touch_days=90,
        ),
        idempotency_key="generated-client-contact-1",
    )
    assert created.status_code == 201, created.content
    contact = created.parsed
    assert isinstance(contact, models.ContactRead)
    assert contact.full_name == "Zoë O'Brien" and contact.stage == models.Stage.IDENTIFIED

    when = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    scheduled = create_interview.sync_detailed(
        client=alices_client,
        body=models.InterviewCreate(
            contact_id=contact.id,
            scheduled_at=when,
            duration_minutes=30,
            medium=models.Medium.VIDEO,
            location="https://meet.example.org/zoe",
            goals="Her path into assay development",
        ),
    )
    assert scheduled.status_code == 201, scheduled.content
    interview = scheduled.parsed
    assert interview.status == models.InterviewStatus.SCHEDULED
    assert interview.scheduled_at == when

    completed = update_interview.sync_detailed(
        interview.id,
        client=alices_client,
        body=models.InterviewUpdate(status=models.InterviewStatus.COMPLETED),
        if_match=scheduled.headers["etag"],
    )
    assert completed.status_code == 200, completed.content
    assert completed.parsed.status == models.InterviewStatus.COMPLETED
    assert completed.parsed.completed_at is not None

    page = list_reminders.sync(client=alices_client, contact_id=contact.id)
    assert isinstance(page, models.PageReminderRead)
    kinds = sorted(str(reminder.kind) for reminder in page.items)
    assert kinds == ["follow_up", "keep_in_touch", "thank_you"]

    after = get_contact.sync(contact.id, client=alices_client)
    assert after.stage == models.Stage.INTERVIEWED
    assert after.last_contacted_at is not None


def test_generated_client_reads_problem_details(
    generated: ModuleType, base_url: str, models: ModuleType, alices_client: Any
) -> None:
    get_contact = submodule(generated, "api.contacts.get_contact")
    create_contact = submodule(generated, "api.contacts.create_contact")
    missing = get_contact.sync_detailed(uuid.uuid4(), client=alices_client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, models.ProblemDetails)
    assert missing.parsed.detail == "No contact with this id."
    invalid = create_contact.sync_detailed(
        client=alices_client, body=models.ContactCreate(full_name="x" * 201)
    )
    assert invalid.status_code == 422
    assert invalid.parsed.errors[0].field == "full_name"
    with generated.AuthenticatedClient(base_url=base_url, token="rpt_wrong") as stranger:
        denied = get_contact.sync_detailed(uuid.uuid4(), client=stranger)
        assert denied.status_code == 401 and isinstance(denied.parsed, models.ProblemDetails)
