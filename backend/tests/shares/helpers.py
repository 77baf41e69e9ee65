"""A student whose data holds every kind of private field, and the strings to look for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.conftest import Account

API = "/api/v1"


@dataclass(frozen=True)
class StudentData:
    contact_id: str
    interview_id: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    never_shown: tuple[str, ...]
    interview_notes: str
    touch_summary: str
    goals: str
    takeaways: str


def _created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def give_data(student: Account) -> StudentData:
    """A contact with e-mail, phone and notes; a completed interview with notes everywhere; a
    touch; a referral to a second contact."""
    sam = _created(
        student.post(
            f"{API}/contacts",
            json={
                "full_name": "Sam Rivera",
                "organization": "Genentech",
                "title": "Senior Scientist",
                "email": "sam.rivera@example.org",
                "phone": "+1 555 0100",
                "notes": "CONTACT-NOTE: met at the retreat",
                "research_notes": "RESEARCH-NOTE: leads assay automation",
                "connection_note": "CONNECTION-NOTE: same lab",
            },
        )
    )
    interview = _created(
        student.post(
            f"{API}/interviews",
            json={
                "contact_id": sam["id"],
                "scheduled_at": "2026-11-20T15:00:00Z",
                "goals": "GOALS: how she moved to industry",
                "notes": "INTERVIEW-NOTE: one postdoc was enough",
                "pitch": "PITCH: PhD candidate in chemistry",
                "questions": [{"text": "How did you start?", "notes": "QUESTION-NOTE: by chance"}],
            },
        )
    )
    completed = student.patch(
        f"{API}/interviews/{interview['id']}",
        json={"status": "completed", "takeaways": "TAKEAWAYS: learn automation"},
    )
    assert completed.status_code == 200, completed.text
    _created(
        student.post(
            f"{API}/contacts/{sam['id']}/interactions",
            json={"kind": "email", "summary": "TOUCH-SUMMARY: sent the paper"},
        )
    )
    _created(
        student.post(
            f"{API}/referrals",
            json={
                "referrer_contact_id": sam["id"],
                "interview_id": interview["id"],
                "referred": {
                    "full_name": "Ana Lopez",
                    "organization": "Amgen",
                    "email": "ana.lopez@example.org",
                    "phone": "+1 555 0199",
                },
                "note": "REFERRAL-NOTE: runs the screening core",
            },
        )
    )
    return StudentData(
        contact_id=sam["id"],
        interview_id=interview["id"],
        emails=("sam.rivera@example.org", "ana.lopez@example.org", student.email),
        phones=("+1 555 0100", "+1 555 0199"),
        # Private whatever the scope: notes on people, the pitch, answers noted per question.
        never_shown=(
            "CONTACT-NOTE",
            "RESEARCH-NOTE",
            "CONNECTION-NOTE",
            "REFERRAL-NOTE",
            "PITCH",
            "QUESTION-NOTE",
            "Senior Scientist",
        ),
        interview_notes="INTERVIEW-NOTE",
        touch_summary="TOUCH-SUMMARY",
        goals="GOALS",
        takeaways="TAKEAWAYS",
    )
