"""The dashboard in a real browser: what a student does, selected by role and label."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from playwright.sync_api import expect
from sqlalchemy import select

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.config import Settings
from rapport.db import utcnow
from tests.browser.conftest import (
    PASSWORD,
    api_patch,
    api_post,
    log_touch,
    open_dialog,
    open_empty,
    screenshot,
    sign_up_by_api,
)


def test_sign_up_sign_out_and_sign_in_again(page: Any) -> None:
    page.goto("/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    screenshot(page, "sign-in")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Your name").fill("Ada Student")
    email = f"ada.{page.evaluate('crypto.randomUUID()')[:8]}@example.edu"
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_role("button", name="Create account").click()

    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Ada Student")
    # The session is an HttpOnly cookie: nothing is kept in the page's storage.
    assert page.evaluate("Object.keys(localStorage).length") == 0
    assert "rapport_session" not in page.evaluate("document.cookie")

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.reload()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()

    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_be_visible()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()


def test_add_a_contact_and_log_a_touch(page: Any) -> None:
    sign_up_by_api(page)
    open_empty(page, "/contacts", "No contacts yet.")
    dialog = open_dialog(page, "Add contact", "Add a contact")
    dialog.get_by_label("Full name").fill("Sam Rivera")
    dialog.get_by_label("Organization").fill("Genentech")
    dialog.get_by_label("Title").fill("Senior Scientist")
    dialog.get_by_label("Connection").select_option("alum")
    dialog.get_by_role("button", name="Add contact").click()
    expect(dialog).to_be_hidden()

    contacts = page.get_by_role("list", name="Contacts")
    contacts.get_by_role("link", name="Sam Rivera").click()
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()
    expect(page.get_by_text("Last contact: never")).to_be_visible()

    touch = log_touch(page, "Asked for a 20-minute chat about her path")
    expect(touch.get_by_role("status")).to_have_text("Touch logged")
    timeline = page.get_by_role("list", name="Timeline")
    expect(timeline).to_contain_text("Asked for a 20-minute chat about her path")
    expect(timeline).to_contain_text("Call")
    expect(page.get_by_text(re.compile(r"^Last contact: (now|1 minute ago)$"))).to_be_visible()
    # Logging a touch moved the contact forward to "reached out".
    expect(page.get_by_label("Stage")).to_have_value("reached_out")
    screenshot(page, "contact")


def test_interview_from_preparation_to_thank_you_grows_the_network(page: Any) -> None:
    student = sign_up_by_api(page)
    sam = api_post(
        page,
        student,
        "/api/v1/contacts",
        {"full_name": "Sam Rivera", "organization": "Genentech", "email": "sam@example.org"},
    )

    open_empty(page, "/network", "No referrals yet.")

    # Schedule from the contact page.
    page.goto(f"/contacts/{sam['id']}")
    dialog = open_dialog(page, "Schedule interview", "Schedule an interview with Sam Rivera")
    dialog.get_by_label("Length (minutes)").fill("20")
    dialog.get_by_label("Place or meeting link").fill("https://meet.example.org/sam")
    dialog.get_by_role("button", name="Schedule").click()
    expect(page.get_by_role("heading", name="Interview with Sam Rivera")).to_be_visible()
    expect(page.get_by_role("tab", name="Prepare")).to_have_attribute("aria-selected", "true")

    # Prepare: goals, two questions from the bank, a tick on the checklist.
    page.get_by_role("textbox", name="Goals").fill(
        "Learn how she moved from a postdoc into industry."
    )
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_role("region", name="Goals and pitch").get_by_role("status")).to_have_text(
        "Saved"
    )
    picker = open_dialog(page, "Add from question bank", "Add questions from your bank")
    boxes = picker.get_by_role("checkbox")
    expect(boxes.first).to_be_visible()
    boxes.nth(0).check()
    boxes.nth(1).check()
    picker.get_by_role("button", name="Add 2 selected").click()
    expect(picker).to_be_hidden()
    questions = page.get_by_role("list", name="Interview questions").get_by_role("listitem")
    expect(questions).to_have_count(2)
    first, second = (questions.nth(i).inner_text().splitlines()[0].strip() for i in (0, 1))
    page.get_by_role("button", name=re.compile(r"^Move .* down$")).first.click()
    expect(questions.nth(0)).to_contain_text(second)
    expect(questions.nth(1)).to_contain_text(first)
    page.get_by_role("checkbox", name="Pitch ready and tailored").check()
    expect(page.get_by_role("checkbox", name="Pitch ready and tailored")).to_be_checked()
    screenshot(page, "interview-prepare")

    # During: the timer, a question asked with notes, two referrals in one step each.
    page.get_by_role("tab", name="During").click()
    page.get_by_role("button", name="Start timer").click()
    expect(page.get_by_role("button", name="Pause timer")).to_be_visible()
    expect(page.get_by_text(re.compile(r"\d+:\d\d left"))).to_be_visible()
    asked = (
        page.get_by_role("list")
        .filter(has=page.get_by_role("checkbox"))
        .get_by_role("checkbox")
        .first
    )
    asked.check()
    expect(asked).to_be_checked()
    anyone = page.get_by_role("region", name="“Is there anyone else I should talk to?”")
    for name, org in (("Priya Nair", "Broad Institute"), ("Tom Okafor", "Illumina")):
        anyone.get_by_label("Referred person's name").fill(name)
        anyone.get_by_label("Their organization").fill(org)
        anyone.get_by_label("Why talk to them").fill("Moved to industry last year")
        anyone.get_by_role("button", name="Add referral").click()
        expect(anyone.get_by_role("status")).to_have_text(f"Added {name}")
    referrals = anyone.get_by_role("list", name="Referrals from this interview")
    expect(referrals.get_by_role("listitem")).to_have_count(2)
    expect(referrals).to_contain_text("Priya Nair")
    expect(referrals).to_contain_text("Tom Okafor")
    screenshot(page, "interview-during")

    page.get_by_role("button", name="Complete interview").click()
    expect(page.get_by_role("tab", name="Follow up")).to_have_attribute("aria-selected", "true")
    reminders = page.get_by_role("list", name="Interview reminders")
    expect(reminders).to_contain_text("Thank")
    page.get_by_role("button", name="Write draft").click()
    expect(page.get_by_role("textbox", name="Message")).not_to_be_empty()
    expect(page.get_by_role("link", name="Open in e-mail app")).to_have_attribute(
        "href", re.compile(r"^mailto:sam@example\.org\?")
    )
    screenshot(page, "interview-follow-up")

    # Today shows the thank-you reminder; one click marks it done.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    # Due within a day: under "Due now" if already due, else "This week" in the same card.
    due = page.get_by_role("region", name="Due now")
    thank_you = due.get_by_role("listitem").filter(has_text="Sam Rivera").filter(has_text="Thank")
    expect(thank_you).to_have_count(1)
    screenshot(page, "today")
    thank_you.get_by_role("button", name=re.compile(r"^Mark .* done$")).click()
    expect(thank_you).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", name="Weekly activity")).to_be_visible()
    expect(
        page.get_by_role("listitem").filter(has_text="Thank").filter(has_text="Sam Rivera")
    ).to_have_count(0)

    # The network graph grew: Sam and the two people Sam suggested.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Network").click()
    graph = page.get_by_role("group", name="Referral graph: 3 people, 2 referrals")
    expect(graph).to_be_visible()
    expect(graph.get_by_role("link")).to_have_count(3)
    screenshot(page, "network")
    graph.get_by_role("link", name=re.compile(r"^Priya Nair")).click()
    expect(page.get_by_role("heading", name="Priya Nair", level=1)).to_be_visible()
    expect(page.get_by_role("list", name="Referred by")).to_contain_text("Sam Rivera")


def test_create_a_token_copy_it_once_and_revoke_it(page: Any) -> None:
    sign_up_by_api(page)
    open_empty(page, "/settings", "No personal tokens yet.")
    dialog = open_dialog(page, "Create token", "Create a personal token")
    dialog.get_by_label("Token name").fill("iPhone shortcut")
    dialog.get_by_role("button", name="Create token").click()

    secret = page.get_by_label("Token value")
    expect(secret).to_be_visible()
    token = secret.inner_text().strip()
    page.get_by_role("button", name="Copy token").click()
    expect(page.get_by_text("Copied", exact=True)).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == token
    me = page.request.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status == 200
    screenshot(page, "settings")

    page.get_by_role("button", name="I have copied it").click()
    expect(page.get_by_label("Token value")).to_have_count(0)
    tokens = page.get_by_role("list", name="Tokens")
    expect(tokens).to_contain_text("iPhone shortcut")
    tokens.get_by_role("button", name="Revoke iPhone shortcut").click()
    page.get_by_role("dialog", name="Revoke token?").get_by_role(
        "button", name="Revoke token"
    ).click()
    expect(page.get_by_role("heading", name="No personal tokens yet.")).to_be_visible()
    revoked = page.request.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert revoked.status == 401


def test_a_failed_save_keeps_the_form_and_shows_the_error_by_its_field(page: Any) -> None:
    student = sign_up_by_api(page)
    sam = api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    page.goto(f"/contacts/{sam['id']}")
    page.get_by_role("button", name="Edit profile").click()
    profile = page.get_by_role("region", name="Profile")
    profile.get_by_label("Organization").fill("Genentech")
    profile.get_by_label("E-mail").fill("not-an-address")
    profile.get_by_role("button", name="Save").click()

    email = profile.get_by_label("E-mail")
    expect(email).to_have_attribute("aria-invalid", "true")
    error_id = email.get_attribute("aria-describedby")
    expect(page.locator(f"[id='{error_id}']")).to_contain_text("email")
    expect(email).to_have_value("not-an-address")
    expect(profile.get_by_label("Organization")).to_have_value("Genentech")

    # Someone else changes the contact meanwhile: the save is refused (412), nothing typed is lost.
    api_patch(page, student, f"/api/v1/contacts/{sam['id']}", {"title": "Director"})
    email.fill("sam@example.org")
    profile.get_by_role("button", name="Save").click()
    expect(profile.get_by_role("alert")).to_contain_text("changed elsewhere")
    expect(profile.get_by_label("Organization")).to_have_value("Genentech")
    expect(email).to_have_value("sam@example.org")
    screenshot(page, "failed-save")
    profile.get_by_role("button", name="Reload").click()
    expect(profile.get_by_text("Director")).to_be_visible()


def test_a_long_contact_list_renders_only_the_rows_in_view_and_pages_in_more(page: Any) -> None:
    student = sign_up_by_api(page)
    for n in range(260):
        api_post(
            page,
            student,
            "/api/v1/contacts",
            {"full_name": f"Person {n:03d}", "organization": "Acme"},
        )
    page.goto("/contacts")
    contacts = page.get_by_role("list", name="Contacts")
    expect(contacts.get_by_role("link", name="Person 000")).to_be_visible()
    assert contacts.get_by_role("listitem").count() < 60  # windowed, not 100 rows

    # Scrolling to the end loads the next keyset pages.
    for _ in range(20):
        page.mouse.wheel(0, 6000)
        if page.get_by_text("260 contacts", exact=True).is_visible():
            break
        page.wait_for_function("document.querySelectorAll('[aria-busy=true]').length === 0")
    expect(page.get_by_text("260 contacts", exact=True)).to_be_visible()
    page.keyboard.press("End")
    expect(contacts.get_by_role("link", name="Person 259")).to_be_visible()
    assert contacts.get_by_role("listitem").count() < 60

    page.get_by_label("Search").fill("person 25")
    expect(page.get_by_text("10 contacts", exact=True)).to_be_visible()
    screenshot(page, "contacts")


def test_board_moves_a_contact_to_another_stage_by_drag_and_by_keyboard(page: Any) -> None:
    student = sign_up_by_api(page)
    api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    api_post(page, student, "/api/v1/contacts", {"full_name": "Lee Chen"})
    page.goto("/contacts?view=board")
    identified = page.get_by_role("region", name="Identified")
    reached = page.get_by_role("region", name="Reached out")
    expect(identified.get_by_role("link", name="Sam Rivera")).to_be_visible()

    identified.get_by_role("listitem").filter(has_text="Sam Rivera").drag_to(reached)
    expect(reached.get_by_role("link", name="Sam Rivera")).to_be_visible()
    identified.get_by_label("Stage for Lee Chen").select_option("scheduled")
    expect(
        page.get_by_role("region", name="Scheduled").get_by_role("link", name="Lee Chen")
    ).to_be_visible()
    screenshot(page, "board")
    page.reload()
    expect(
        page.get_by_role("region", name="Reached out").get_by_role("link", name="Sam Rivera")
    ).to_be_visible()


def test_every_screen_works_on_a_phone_and_on_a_desktop(page: Any) -> None:
    student = sign_up_by_api(page)
    api_post(
        page, student, "/api/v1/contacts", {"full_name": "Sam Rivera", "organization": "Genentech"}
    )
    for path, heading in (
        ("/questions", "Question bank"),
        ("/templates", "Templates"),
        ("/interviews", "Interviews"),
        ("/import", "Import contacts"),
    ):
        page.goto(path)
        expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
        expect(page.get_by_role("status").filter(has_text="Loading")).to_have_count(0)
        screenshot(page, path.strip("/"))

    # The menu is a button on a phone, and every screen is reachable from it.
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/")
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Contacts").click()
    expect(page.get_by_role("heading", name="Contacts", level=1)).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")


def test_import_previews_a_dry_run_row_by_row_then_imports(page: Any, tmp_path: Any) -> None:
    sign_up_by_api(page)
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text(
        "First Name,Last Name,Email Address,Company,Position\n"
        "Priya,Nair,priya@example.org,Broad Institute,Scientist\n"
        "Tom,Okafor,tom@example.org,Illumina,Manager\n"
        "Bad,Row,not-an-address,Nowhere,None\n",
        encoding="utf-8",
    )
    page.goto("/import")
    page.get_by_label("Contacts file (CSV or vCard, up to 5 MB)").set_input_files(str(csv_file))
    page.get_by_role("button", name="Preview import").click()

    report = page.get_by_role("region", name="2. Preview")
    expect(report).to_contain_text("Would create 2")
    rows = report.get_by_role("table").get_by_role("row")
    expect(rows).to_have_count(4)  # header + 3 rows
    expect(rows.filter(has_text="not-an-address")).to_contain_text("error")
    screenshot(page, "import")
    open_empty(page, "/contacts", "No contacts yet.")  # a dry run

    page.goto("/import")
    page.get_by_label("Contacts file (CSV or vCard, up to 5 MB)").set_input_files(str(csv_file))
    page.get_by_role("button", name="Preview import").click()
    page.get_by_role("button", name="Import 2 contacts").click()
    done = page.get_by_role("region", name="Imported")
    expect(done).to_contain_text("Created 2")
    done.get_by_role("link", name="See your contacts").click()
    contacts = page.get_by_role("list", name="Contacts")
    expect(contacts.get_by_role("link", name="Priya Nair")).to_be_visible()
    expect(contacts.get_by_role("link", name="Tom Okafor")).to_be_visible()


def test_forgot_password_then_set_a_new_one_with_the_emailed_link(
    page: Any, app: FastAPI, settings: Settings
) -> None:
    student = sign_up_by_api(page)
    page.request.post("/api/v1/auth/logout", headers={"X-CSRF-Token": student.csrf})
    page.goto("/")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", name="Forgot your password?")).to_be_visible()
    page.get_by_label("E-mail").fill(student.email)
    page.get_by_role("button", name="E-mail me a link").click()
    # The test server sends no e-mail, and says who can help instead.
    expect(page.get_by_role("status")).to_contain_text("rapport user set-password")

    # The link the e-mail would hold (the e-mail itself: tests/auth/test_password_reset.py).
    with app.state.db.sessionmaker() as session:
        user = session.scalars(select(User).where(User.email == student.email)).one()
        token = auth_service.reset_token_for(user, secret_key=settings.secret_key, now=utcnow())
    page.goto(f"/reset-password#{token}")
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    assert page.evaluate("location.hash") == ""  # the secret left the address bar
    page.get_by_label("New password").fill("a brand new passphrase")
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("status")).to_contain_text("Your new password is set")

    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("E-mail").fill(student.email)
    page.get_by_label("Password").fill("a brand new passphrase")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()

    page.goto(f"/reset-password#{token}")  # a used link
    page.get_by_label("New password").fill("yet another passphrase")
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_role("alert")).to_contain_text("not valid")


def test_download_your_data_then_delete_the_account(page: Any) -> None:
    student = sign_up_by_api(page)
    api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    page.goto("/settings")
    data = page.get_by_role("region", name="Your data")
    with page.expect_download() as download:
        data.get_by_role("link", name="Contacts (CSV)").click()
    assert download.value.suggested_filename.endswith(".csv")
    with open(download.value.path(), encoding="utf-8") as csv:
        assert "Sam Rivera" in csv.read()

    dialog = open_dialog(page, "Delete account…", "Delete your account for good?")
    dialog.get_by_label("Password").fill("not my password")
    dialog.get_by_role("button", name="Delete my account").click()
    expect(dialog.get_by_text("The password is incorrect.")).to_be_visible()
    assert page.request.get("/api/v1/me").status == 200

    dialog.get_by_label("Password").fill(PASSWORD)
    dialog.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    farewell = "Your account and everything in it were deleted."
    expect(page.get_by_role("status")).to_have_text(farewell)
    assert page.request.get("/api/v1/me").status == 401
    login = {"email": student.email, "password": PASSWORD}
    assert page.request.post("/api/v1/auth/login", data=login).status == 401


def test_restore_a_backup_into_a_new_account(page: Any, tmp_path: Path) -> None:
    student = sign_up_by_api(page, name="Ada Old-Server")
    sam = api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    api_post(page, student, f"/api/v1/contacts/{sam['id']}/interactions", {"kind": "call"})
    backup = tmp_path / "rapport-export.json"
    backup.write_bytes(page.request.get("/api/v1/export").body())
    page.request.post("/api/v1/auth/logout", headers={"X-CSRF-Token": student.csrf})

    sign_up_by_api(page, name="Ada New-Server")
    page.goto("/settings")
    data = page.get_by_role("region", name="Your data")
    data.get_by_label(re.compile("^Restore a backup")).set_input_files(str(backup))
    data.get_by_role("button", name="Restore backup").click()

    expect(data.get_by_role("status")).to_contain_text("contacts: 1, touches: 1")
    page.goto("/contacts")
    expect(page.get_by_role("link", name="Sam Rivera")).to_be_visible()

    page.goto("/settings")  # a second restore would duplicate everything: refused
    data.get_by_label(re.compile("^Restore a backup")).set_input_files(str(backup))
    data.get_by_role("button", name="Restore backup").click()
    expect(data.get_by_text("This account already has contacts")).to_be_visible()


def test_calendar_feed_address_is_copied_and_can_be_replaced(page: Any) -> None:
    sign_up_by_api(page)
    page.goto("/settings")
    feed = page.get_by_label("Calendar feed address")
    expect(feed).to_contain_text(".ics")
    url = feed.inner_text().strip()
    page.get_by_role("button", name="Copy feed address").click()
    assert page.evaluate("navigator.clipboard.readText()") == url
    calendar = page.request.get(url)
    assert calendar.status == 200
    assert calendar.text().startswith("BEGIN:VCALENDAR")
    page.get_by_text("Google Calendar", exact=True).click()
    expect(page.get_by_text("From URL")).to_be_visible()

    confirm = open_dialog(page, "Replace feed address", "Replace the feed address?")
    confirm.get_by_role("button", name="Replace address").click()
    expect(page.get_by_text("New address ready")).to_be_visible()
    expect(feed).not_to_have_text(url)
    assert page.request.get(url).status == 404


def test_keyboard_alone_signs_in_and_moves_through_an_interview(page: Any) -> None:
    student = sign_up_by_api(page)
    sam = api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    interview = api_post(page, student, "/api/v1/interviews", {"contact_id": sam["id"]})
    page.request.post("/api/v1/auth/logout", headers={"X-CSRF-Token": student.csrf})

    page.goto(f"/interviews/{interview['id']}")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_label("E-mail")).to_be_focused()
    page.keyboard.type(student.email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    # Signed in, still on the page asked for.
    expect(page.get_by_role("heading", name="Interview with Sam Rivera")).to_be_visible()

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()

    prepare = page.get_by_role("tab", name="Prepare")
    prepare.focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="During")).to_be_focused()
    expect(page.get_by_role("tab", name="During")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("button", name="Start timer")).to_be_visible()
    page.get_by_role("button", name="Start timer").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Pause timer")).to_be_visible()

    page.get_by_role("tab", name="During").focus()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("tab", name="Prepare")).to_be_focused()
    page.get_by_role("textbox", name="Your own question").focus()
    page.keyboard.type("What does a typical week look like?")
    page.keyboard.press("Enter")
    page.get_by_role("textbox", name="Your own question").focus()
    page.keyboard.type("What would you do differently?")
    page.keyboard.press("Enter")
    questions = page.get_by_role("list", name="Interview questions").get_by_role("listitem")
    expect(questions).to_have_count(2)
    page.get_by_role("button", name="Move “What would you do differently?” up").focus()
    page.keyboard.press("Enter")
    expect(questions.nth(0)).to_contain_text("What would you do differently?")
