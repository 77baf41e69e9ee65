"""The dashboard on a phone (375 px wide): every screen without sideways scrolling, every control
a finger's size, and an interview timer that is right after the screen was locked."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import PHONE, api_post, open_dialog, phone_screen, sign_up_by_api


def test_every_screen_fits_a_phone_with_finger_sized_controls(page: Any) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    phone_screen(page, "sign-in")
    page.goto("/signup")
    expect(page.get_by_role("heading", name="Create your account")).to_be_visible()
    phone_screen(page, "sign-up")

    student = sign_up_by_api(page, name="Ada Lovelace-Byron Student")
    sam = api_post(
        page,
        student,
        "/api/v1/contacts",
        {
            "full_name": "Samantha Rivera-Okonkwo",
            "organization": "Genentech Research and Early Development",
            "title": "Principal Scientist, Assay Automation",
            "email": "samantha.rivera-okonkwo@example.org",
            "tags": ["biotech", "alumni", "assay-development"],
            "keep_in_touch_days": 60,
        },
    )
    soon = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    interview = api_post(
        page,
        student,
        "/api/v1/interviews",
        {"contact_id": sam["id"], "scheduled_at": soon, "location": "https://meet.example.org/a"},
    )
    api_post(
        page,
        student,
        "/api/v1/reminders",
        {
            "title": "Send Samantha the paper on high-throughput screening",
            "kind": "custom",
            "due_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            "contact_id": sam["id"],
        },
    )
    api_post(
        page,
        student,
        "/api/v1/referrals",
        {"referrer_contact_id": sam["id"], "referred": {"full_name": "Priya Nair"}},
    )

    screens = [
        ("/", "Today", "today"),
        ("/contacts", "Contacts", "contacts"),
        ("/contacts?view=board", "Contacts", "board"),
        (f"/contacts/{sam['id']}", "Samantha Rivera-Okonkwo", "contact"),
        ("/interviews", "Interviews", "interviews"),
        (f"/interviews/{interview['id']}?phase=prepare", None, "interview-prepare"),
        (f"/interviews/{interview['id']}?phase=during", None, "interview-during"),
        (f"/interviews/{interview['id']}?phase=follow_up", None, "interview-follow-up"),
        ("/network", "Network", "network"),
        ("/questions", "Question bank", "questions"),
        ("/templates", "Templates", "templates"),
        ("/import", "Import contacts", "import"),
        ("/settings", "Settings", "settings"),
    ]
    for path, heading, name in screens:
        page.goto(path)
        title = heading or "Interview with Samantha Rivera-Okonkwo"
        expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()
        expect(page.get_by_role("status").filter(has_text=re.compile("^Loading"))).to_have_count(0)
        phone_screen(page, name)

    # The menu, open, and a dialog fit too.
    page.goto("/contacts")
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    phone_screen(page, "menu")
    page.get_by_role("button", name="Menu").click()
    expect(open_dialog(page, "Add contact", "Add a contact")).to_be_visible()
    phone_screen(page, "quick-add")


def test_the_interview_timer_counts_the_time_the_screen_was_locked(page: Any) -> None:
    # The page's clock is Playwright's: it moves only when told to, like a phone asleep.
    page.clock.install()
    student = sign_up_by_api(page)
    sam = api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    interview = api_post(
        page, student, "/api/v1/interviews", {"contact_id": sam["id"], "duration_minutes": 30}
    )
    page.set_viewport_size(PHONE)
    page.goto(f"/interviews/{interview['id']}?phase=during")
    expect(page.get_by_role("button", name="Start timer")).to_be_visible()
    page.clock.pause_at(datetime.now(UTC) + timedelta(minutes=1))
    page.get_by_role("button", name="Start timer").click()
    page.clock.run_for(2000)
    expect(page.get_by_text("0:01", exact=True)).to_be_visible()  # ticks once a second

    # Twelve minutes with the screen locked: no timer fires meanwhile, then each fires once.
    page.clock.fast_forward("12:00")
    expect(page.get_by_text("12:02", exact=True)).to_be_visible()
    expect(page.get_by_text("17:58 left", exact=True)).to_be_visible()
    # Wrap-up time is announced from the same timestamps.
    page.clock.fast_forward("14:00")
    expect(page.get_by_text("Time to wrap up · 3:58 left")).to_be_visible()
