"""`rapport demo`: a lived-in account built through the services, safe to run twice."""

from __future__ import annotations

from collections import Counter

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.demo import DemoExists, create_demo_account


def build(app: FastAPI, **kwargs: object) -> str:
    with app.state.db.sessionmaker() as session:
        _user, password = create_demo_account(session, **kwargs)  # type: ignore[arg-type]
        session.commit()
    return password


def signed_in(app: FastAPI, password: str) -> TestClient:
    client = TestClient(app)
    response = client.post(
        "/api/v1/auth/token", data={"username": "demo@rapport.example", "password": password}
    )
    assert response.status_code == 200, response.text
    client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
    return client


def chain_depth(edges: list[dict]) -> int:
    children: dict[str, list[str]] = {}
    for edge in edges:
        children.setdefault(edge["source"], []).append(edge["target"])

    def depth(node: str) -> int:
        return 1 + max((depth(child) for child in children.get(node, [])), default=0)

    return max((depth(edge["source"]) for edge in edges), default=1) - 1


def test_the_demo_account_shows_the_whole_workflow(app: FastAPI) -> None:
    client = signed_in(app, build(app))
    contacts = client.get("/api/v1/contacts", params={"limit": 200}).json()["items"]
    assert 35 <= len(contacts) <= 45
    interviews = client.get("/api/v1/interviews", params={"limit": 200}).json()["items"]
    assert set(Counter(i["status"] for i in interviews)) == {
        "requested",
        "scheduled",
        "completed",
        "cancelled",
        "no_show",
    }
    network = client.get("/api/v1/network").json()
    assert chain_depth(network["edges"]) >= 3
    board = client.get("/api/v1/dashboard").json()
    due = board["due_reminders"]
    assert any(r["due_today"] for r in due)
    assert any(r["overdue"] for r in due)
    assert any(not r["overdue"] and not r["due_today"] for r in due)
    assert board["upcoming_interviews"]
    assert board["overdue_contacts"]
    assert sum(w["touches"] for w in board["weekly_activity"]) >= 10
    assert board["referral_yield"]["referred_interviewed"] >= 1
    assert all(count > 0 for count in board["stage_counts"].values())


def test_the_demo_refuses_to_overwrite_unless_asked_to_reset(app: FastAPI) -> None:
    build(app, password="first-password")
    with pytest.raises(DemoExists):
        build(app)
    signed_in(app, "first-password")
    build(app, password="second-password", reset=True)
    client = signed_in(app, "second-password")
    assert len(client.get("/api/v1/contacts", params={"limit": 200}).json()["items"]) <= 45
