"""Many writers: several API worker processes and concurrent clients against one Postgres.

Clients create contacts (each with a keep-in-touch cadence, so an automatic reminder), log
touches, and schedule and complete interviews (automatic thank-you and follow-up reminders) —
their own objects and, to make them collide, one shared contact and interview per user. Like a
real client they retry a refused request (409/412/503) with the same `Idempotency-Key`. Then:
no answer was a server error, every acknowledged write is present exactly once, nothing
unacknowledged is, and no automatic reminder exists twice.
"""

from __future__ import annotations

import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select

from rapport.contacts.models import Contact
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from tests.live import register, require_postgres, serve

API = "/api/v1"
USERS = 2
CLIENTS_PER_USER = 3
CONTACTS_PER_CLIENT = 2
TOUCHES_PER_CONTACT = 2
RETRYABLE = {409, 412, 503}


@dataclass
class Ledger:
    """What the server acknowledged, and every status it answered."""

    statuses: Counter[int] = field(default_factory=Counter)
    contacts: list[str] = field(default_factory=list)
    touches: list[str] = field(default_factory=list)
    lost_touches: list[str] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)


class Writer:
    def __init__(self, base: str, token: str, ledger: Ledger) -> None:
        # No keep-alive: every request is a new connection, spread over the workers.
        self.http = httpx.Client(
            base_url=base,
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
            limits=httpx.Limits(max_keepalive_connections=0),
        )
        self.ledger = ledger

    def send(self, method: str, url: str, body: dict[str, Any], *, attempts: int = 6) -> Any:
        headers = {"Idempotency-Key": str(uuid.uuid4())} if method == "POST" else {}
        response = None
        for _ in range(attempts):
            response = self.http.request(method, url, json=body, headers=headers)
            self.ledger.statuses[response.status_code] += 1
            if response.status_code not in RETRYABLE:
                break
        assert response is not None
        return response

    def contact(self, name: str) -> str:
        response = self.send(
            "POST", f"{API}/contacts", {"full_name": name, "keep_in_touch_days": 30}
        )
        assert response.status_code == 201, response.text
        self.ledger.contacts.append(name)
        return str(response.json()["id"])

    def touch(self, contact: str, summary: str) -> None:
        response = self.send(
            "POST", f"{API}/contacts/{contact}/interactions", {"kind": "call", "summary": summary}
        )
        if response.status_code == 201:
            self.ledger.touches.append(summary)
        else:
            self.ledger.lost_touches.append(summary)

    def interview(self, contact: str) -> str:
        response = self.send("POST", f"{API}/interviews", {"contact_id": contact})
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    def complete(self, interview: str) -> None:
        response = self.send("PATCH", f"{API}/interviews/{interview}", {"status": "completed"})
        if response.status_code == 200:
            self.ledger.completed.append(interview)


def _work(writer: Writer, tag: str, shared_contact: str, shared_interview: str) -> None:
    for i in range(CONTACTS_PER_CLIENT):
        contact = writer.contact(f"Writer {tag}.{i}")
        for j in range(TOUCHES_PER_CONTACT):
            writer.touch(contact, f"touch {tag}.{i}.{j}")
            writer.touch(shared_contact, f"shared touch {tag}.{i}.{j}")
        writer.complete(writer.interview(contact))
    writer.complete(shared_interview)


def test_every_acknowledged_write_is_there_exactly_once(
    app: FastAPI, database_url: str, tmp_path: Path
) -> None:
    require_postgres(database_url)
    ledger = Ledger()
    with serve(database_url, tmp_path, workers=3) as base:
        jobs = []
        for u in range(USERS):
            token = register(base, f"writer{u}@example.edu", "correct horse battery staple")
            setup = Writer(base, token, ledger)
            shared = setup.contact(f"Shared {u}")
            shared_interview = setup.interview(shared)
            for c in range(CLIENTS_PER_USER):
                jobs.append((Writer(base, token, ledger), f"{u}.{c}", shared, shared_interview))
        with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
            for future in [pool.submit(_work, *job) for job in jobs]:
                future.result(timeout=300)

    assert not [s for s in ledger.statuses if s >= 500], ledger.statuses
    expected_contacts = USERS * (1 + CLIENTS_PER_USER * CONTACTS_PER_CLIENT)
    with app.state.db.sessionmaker() as session:
        names = Counter(session.scalars(select(Contact.full_name)))
        summaries = Counter(session.scalars(select(Interaction.summary)))
        reminders = session.scalars(select(Reminder)).all()
        completed = set(
            map(str, session.scalars(select(Interview.id).where(Interview.status == "completed")))
        )
        contact_ids = set(session.scalars(select(Contact.id)))

    assert len(ledger.contacts) == expected_contacts
    assert sorted(names.elements()) == sorted(ledger.contacts)  # each exactly once
    assert all(summaries[s] == 1 for s in ledger.touches), "an acknowledged touch is not there once"
    assert not any(summaries[s] for s in ledger.lost_touches), "an unacknowledged touch exists"
    assert sum(summaries.values()) == len(ledger.touches)
    assert set(ledger.completed) <= completed and len(completed) == len(set(ledger.completed))

    keep_in_touch = Counter(
        r.contact_id
        for r in reminders
        if r.kind == ReminderKind.keep_in_touch and r.status == ReminderStatus.open
    )
    assert set(keep_in_touch) == contact_ids, "a contact lost its keep-in-touch reminder"
    assert max(keep_in_touch.values()) == 1, "a duplicated keep-in-touch reminder"
    per_interview = Counter(
        (r.interview_id, r.kind) for r in reminders if r.auto and r.interview_id
    )
    assert per_interview and max(per_interview.values()) == 1, "a duplicated interview reminder"
    thanked = {str(i) for i, kind in per_interview if kind == ReminderKind.thank_you}
    assert thanked == completed
