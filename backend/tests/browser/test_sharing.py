"""Sharing with a career counselor in a real browser: the student creates a share and copies its
link; the counselor opens it in a second browser context (no account), sees the pipeline without
edit controls and comments; the student sees the comments and revokes; the counselor's next
request fails. And a counselor with an account finds a share under "Shared with me"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    DESKTOP,
    TIMEOUT_MS,
    Student,
    api_post,
    open_dialog,
    screenshot,
    sign_up_by_api,
)


@pytest.fixture
def second_browser(browser: Any, live_server: str) -> Iterator[Any]:
    """Another person's browser: its own cookies and storage."""
    context = browser.new_context(viewport=DESKTOP, base_url=live_server)
    context.set_default_timeout(TIMEOUT_MS)
    other = context.new_page()
    errors: list[str] = []
    other.on("pageerror", lambda error: errors.append(str(error)))
    yield other
    context.close()
    assert not errors, f"uncaught errors in the counselor's page: {errors}"


def _some_progress(page: Any, student: Student) -> dict[str, Any]:
    sam = api_post(
        page,
        student,
        "/api/v1/contacts",
        {
            "full_name": "Sam Rivera",
            "organization": "Genentech",
            "email": "sam.rivera@example.org",
            "phone": "+1 555 0100",
            "notes": "Private: met at the retreat",
        },
    )
    api_post(page, student, "/api/v1/contacts", {"full_name": "Ana Lopez", "organization": "Amgen"})
    return api_post(
        page,
        student,
        "/api/v1/interviews",
        {
            "contact_id": sam["id"],
            "scheduled_at": "2030-03-03T15:00:00Z",
            "goals": "Learn how she moved from a postdoc into industry.",
        },
    )


def test_share_comment_see_it_and_revoke(page: Any, second_browser: Any) -> None:
    student = sign_up_by_api(page, name="Ada Student")
    interview = _some_progress(page, student)

    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Share with a counselor"
    ).click()
    expect(page.get_by_role("heading", name="Share with a counselor", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="You have not shared anything yet.")).to_be_visible()
    page.get_by_label("Counselor's e-mail").fill("lee@university.edu")
    page.get_by_label("Counselor's name (optional)").fill("Dr. Lee")
    expect(page.get_by_role("checkbox", name="Pipeline")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Notes")).not_to_be_checked()
    page.get_by_label("The link works for").select_option("90")
    page.get_by_role("button", name="Create link").click()

    secret = page.get_by_role("region", name="New share link")
    link = secret.get_by_label("Share link").inner_text().strip()
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/shared/[0-9a-f-]{36}#rpc_[\w-]+", link), link
    secret.get_by_role("button", name="Copy link").click()
    expect(secret.get_by_text("Copied", exact=True)).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    shares = page.get_by_role("list", name="Shares")
    expect(shares).to_contain_text("Dr. Lee")
    expect(shares).to_contain_text("Not opened yet")
    screenshot(page, "shares")

    # The counselor opens the link in their own browser, without an account.
    counselor = second_browser
    counselor.goto(link)
    expect(counselor.get_by_role("heading", name="Ada Student's progress")).to_be_visible()
    expect(counselor.get_by_role("tab", name="Pipeline")).to_have_attribute("aria-selected", "true")
    expect(counselor.get_by_role("tab", name="Notes")).to_have_count(0)
    contacts = counselor.get_by_role("list", name="Contacts")
    expect(contacts).to_contain_text("Sam Rivera")
    expect(contacts).to_contain_text("Genentech")
    expect(contacts).to_contain_text("Ana Lopez")
    expect(counselor.get_by_role("region", name="Contacts by stage")).to_contain_text("Scheduled")
    body = counselor.locator("body")
    for private in ("sam.rivera@example.org", "+1 555 0100", "Private: met at the retreat"):
        expect(body).not_to_contain_text(private)
    # Read-only: no navigation into the student's app and no control that edits anything.
    expect(counselor.get_by_role("navigation", name="Main")).to_have_count(0)
    expect(counselor.get_by_role("button", name=re.compile("Add|Save|Delete|Edit"))).to_have_count(
        0
    )
    screenshot(counselor, "counselor-pipeline")

    counselor.get_by_role("tab", name="Interviews").click()
    interviews = counselor.get_by_role("list", name="Interviews")
    expect(interviews).to_contain_text("Sam Rivera, Genentech")
    expect(interviews).to_contain_text("Learn how she moved from a postdoc into industry.")
    interviews.get_by_role("button", name="Comment on the interview with Sam Rivera").click()
    form = counselor.get_by_role("form", name="Comment on the interview with Sam Rivera")
    form.get_by_label("Your comment").fill("Ask how she negotiated her first offer.")
    form.get_by_role("button", name="Send comment").click()
    expect(interviews.get_by_role("status")).to_have_text("Comment sent")

    counselor.get_by_role("tab", name="Comments").click()
    # By role and exact name: the label "Your comment" is also a prefix of the list "Your
    # comments", which appears as soon as the counselor's first comment has loaded.
    comment_box = counselor.get_by_role("textbox", name="Your comment", exact=True)
    comment_box.fill("Great start: aim for two interviews a week.")
    counselor.get_by_role("button", name="Send comment").click()
    mine = counselor.get_by_role("list", name="Your comments")
    expect(mine.get_by_role("listitem")).to_have_count(2)
    expect(mine).to_contain_text("Great start: aim for two interviews a week.")
    screenshot(counselor, "counselor-comments")

    # The student sees both comments, the access log, and the comment on the interview page.
    page.reload()
    row = page.get_by_role("list", name="Shares").get_by_role("listitem").first
    expect(row).to_contain_text("2 comments")
    expect(row).to_contain_text("Last opened")
    row.get_by_role("button", name="Activity of the share with Dr. Lee").click()
    comments = page.get_by_role("list", name="Comments from Dr. Lee")
    expect(comments).to_contain_text("Ask how she negotiated her first offer.")
    expect(comments).to_contain_text("Great start: aim for two interviews a week.")
    log = page.get_by_role("list", name="Access log")
    expect(log).to_contain_text("Left a comment")
    expect(log).to_contain_text("Viewed your pipeline")
    expect(log).to_contain_text("with the link")
    screenshot(page, "shares-activity")

    page.goto(f"/interviews/{interview['id']}")
    on_interview = page.get_by_role("region", name="Comments from your counselor")
    expect(on_interview).to_contain_text("Ask how she negotiated her first offer.")
    expect(on_interview).not_to_contain_text("Great start")

    page.goto("/shares")
    confirm = open_dialog(page, "Revoke the share with Dr. Lee", "Revoke the share with Dr. Lee?")
    confirm.get_by_role("button", name="Revoke share").click()
    expect(page.get_by_role("list", name="Shares")).to_contain_text("Revoked")

    # The counselor's very next request fails.
    counselor.get_by_role("tab", name="Pipeline").click()
    expect(counselor.get_by_role("alert")).to_contain_text(
        "This link has been revoked or has expired"
    )
    counselor.reload()
    expect(counselor.get_by_role("heading", name="This share is not available")).to_be_visible()


def test_a_counselor_with_an_account_finds_the_share_under_shared_with_me(
    page: Any, second_browser: Any
) -> None:
    counselor = second_browser
    lee = sign_up_by_api(counselor, name="Dr. Lee")
    student = sign_up_by_api(page, name="Ada Student")
    _some_progress(page, student)
    api_post(
        page,
        student,
        "/api/v1/shares",
        {"counselor_email": lee.email, "scope": {"referrals": False, "notes": True}},
    )

    counselor.goto("/")
    counselor.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Shared with me"
    ).click()
    shared = counselor.get_by_role("list", name="Shared with me")
    expect(shared).to_contain_text("Pipeline, Interviews and Notes")
    screenshot(counselor, "shared-with-me")
    shared.get_by_role("link", name="Ada Student").click()
    expect(counselor.get_by_role("heading", name="Ada Student's progress")).to_be_visible()
    expect(counselor.get_by_role("tab", name="Network")).to_have_count(0)
    counselor.get_by_role("tab", name="Interviews").click()
    expect(counselor.get_by_role("list", name="Interviews")).to_contain_text("Sam Rivera")
    # Signed in, the counselor keeps their own navigation; the student's data stays read-only.
    expect(counselor.get_by_role("navigation", name="Main")).to_be_visible()
