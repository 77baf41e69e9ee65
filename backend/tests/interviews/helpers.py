"""Small helpers shared by the workflow tests (interviews, referrals, reminders, dashboard)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select

from rapport.db import utcnow
from rapport.models import Base
from tests.conftest import Account


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def soon(**delta: float) -> str:
    return iso(utcnow() + timedelta(**delta))


def ago(**delta: float) -> str:
    return iso(utcnow() - timedelta(**delta))


def contact(account: Account, **fields: Any) -> dict[str, Any]:
    response = account.post("/api/v1/contacts", json={"full_name": "Sam Rivera", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def get_contact(account: Account, contact_id: str) -> dict[str, Any]:
    response = account.get(f"/api/v1/contacts/{contact_id}")
    assert response.status_code == 200, response.text
    return response.json()


def touch(account: Account, contact_id: str, kind: str, **fields: Any) -> dict[str, Any]:
    """Log a touch with the contact (`occurred_at` defaults to now)."""
    response = account.post(
        f"/api/v1/contacts/{contact_id}/interactions", json={"kind": kind, **fields}
    )
    assert response.status_code == 201, response.text
    return response.json()


def interview(account: Account, contact_id: str, **fields: Any) -> dict[str, Any]:
    response = account.post("/api/v1/interviews", json={"contact_id": contact_id, **fields})
    assert response.status_code == 201, response.text
    return response.json()


def patch_interview(account: Account, interview_id: str, **fields: Any) -> dict[str, Any]:
    response = account.patch(f"/api/v1/interviews/{interview_id}", json=fields)
    assert response.status_code == 200, response.text
    return response.json()


def reminders(account: Account, **params: Any) -> list[dict[str, Any]]:
    response = account.get("/api/v1/reminders", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def referral(account: Account, **fields: Any) -> dict[str, Any]:
    response = account.post("/api/v1/referrals", json=fields)
    assert response.status_code == 201, response.text
    return response.json()


def row_counts(app: FastAPI, user_id: str) -> dict[str, int]:
    """How many rows the user owns in each table (to prove a refused request wrote nothing)."""
    owner = uuid.UUID(user_id)
    counts: dict[str, int] = {}
    with app.state.db.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("user_id")
            if column is None:
                continue
            counts[table.name] = session.scalar(
                select(func.count()).select_from(table).where(column == owner)
            )
    return counts
