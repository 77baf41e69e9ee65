"""The dashboard on a phone with no signal: installable, opens offline with the last synced data,
keeps writes in an outbox that replays exactly once, and shows conflicts instead of overwriting.

Offline is Chromium's own network emulation (`context.set_offline`); the server is checked
through the API from outside the browser."""

from __future__ import annotations

import re
import struct
from datetime import UTC, datetime, timedelta
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import (
    account,
    api_post,
    log_touch,
    open_dialog,
    open_empty,
    outbox,
    put_back_in_outbox,
    screenshot,
    sign_up_by_api,
    wait_for_empty_outbox,
    wait_for_offline_copies,
    wait_until,
    wait_until_empty,
)

WAITING = re.compile(r"\d+ changes? waiting")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_dashboard_is_installable_with_a_manifest_and_a_service_worker(
    page: Any, live_server: str
) -> None:
    sign_up_by_api(page)
    page.goto("/")
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()

    manifest_url = page.locator("link[rel=manifest]").get_attribute("href")
    assert manifest_url
    answer = page.request.get(manifest_url)
    assert answer.status == 200
    assert answer.headers["content-type"] == "application/manifest+json"
    manifest = answer.json()
    assert manifest["short_name"] == "Rapport"
    assert manifest["name"].startswith("Rapport")
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == "/"
    assert manifest["scope"] == "/"
    theme = page.locator("meta[name=theme-color]").get_attribute("content")
    assert manifest["theme_color"] == theme
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])

    # Icons drawn at build time from the favicon, each as large as it says.
    sizes = set()
    for icon in manifest["icons"]:
        image = page.request.get(f"/{icon['src'].lstrip('/')}")
        assert image.status == 200, icon
        assert image.headers["content-type"] == "image/png"
        width, height = _png_size(image.body())
        assert f"{width}x{height}" == icon["sizes"], icon
        sizes.add((icon["sizes"], icon.get("purpose", "any")))
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    apple = page.locator("link[rel=apple-touch-icon]").get_attribute("href")
    assert apple and page.request.get(apple).status == 200

    # The service worker is registered for the whole app and controls the page.
    wait_until(page, "() => navigator.serviceWorker.controller !== null")
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == f"{live_server}/sw.js"
    scope = page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)")
    assert scope == f"{live_server}/"
    # Chromium's own verdict on the install criteria; the only objection is to the test's
    # browser context itself (Playwright's contexts are incognito, where nothing installs).
    cdp = page.context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert [error["errorId"] for error in errors] == ["in-incognito"]


def test_offline_the_app_shell_and_the_last_today_screen_open(page: Any) -> None:
    student = sign_up_by_api(page)
    sam = api_post(page, student, "/api/v1/contacts", {"full_name": "Sam Rivera"})
    due = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    api_post(
        page,
        student,
        "/api/v1/reminders",
        {"title": "Send Sam the paper", "kind": "custom", "due_at": due, "contact_id": sam["id"]},
    )
    page.goto("/")
    due_now = page.get_by_role("region", name="Due now")
    expect(due_now).to_contain_text("Send Sam the paper")
    wait_for_offline_copies(page, "/api/v1/dashboard")

    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.get_by_role("region", name="Due now")).to_contain_text("Send Sam the paper")
    expect(
        page.get_by_text(re.compile(r"^Offline — last synced at \d{1,2}:\d\d [AP]M\."))
    ).to_be_visible()
    # Another screen of the app shell opens too, saying what it cannot show.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Interviews").click()
    expect(page.get_by_role("heading", name="Interviews", level=1)).to_be_visible()
    screenshot(page, "offline-today")
    page.context.set_offline(False)


def test_offline_a_touch_and_a_completed_interview_sync_exactly_once(
    page: Any, live_server: str
) -> None:
    me = account(page, live_server)
    api, student, sam = me.api, me.student, me.contact(page)
    when = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    interview = api_post(
        page, student, "/api/v1/interviews", {"contact_id": sam["id"], "scheduled_at": when}
    )
    contact_page, interview_page = f"/contacts/{sam['id']}", f"/interviews/{interview['id']}"
    # Opened once online, so they are kept for offline reading.
    # (Each copy is written as its answer arrives; leaving the page sooner would drop it.)
    page.goto(interview_page)
    expect(page.get_by_role("heading", name="Interview with Sam Rivera")).to_be_visible()
    wait_for_offline_copies(page, f"/api/v1/interviews/{interview['id']}")
    page.goto(contact_page)
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()
    wait_for_offline_copies(
        page, f"/api/v1/contacts/{sam['id']}", f"/api/v1/contacts/{sam['id']}/timeline?limit=100"
    )

    page.context.set_offline(True)
    page.reload()
    touch = log_touch(page, "Called from the train about the postdoc")
    expect(touch.get_by_role("status")).to_contain_text("Saved on this device")
    timeline = page.get_by_role("list", name="Timeline")
    expect(timeline).to_contain_text("Called from the train about the postdoc")
    expect(timeline).to_contain_text("Waiting to sync")

    page.goto(f"{interview_page}?phase=during")
    expect(page.get_by_role("heading", name="Interview with Sam Rivera")).to_be_visible()
    page.get_by_role("textbox", name="Interview notes").fill(
        "She moved to industry after one postdoc."
    )
    page.get_by_role("button", name="Complete interview").click()
    expect(page.get_by_role("tab", name="Follow up")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("2 changes waiting")).to_be_visible()
    screenshot(page, "offline-outbox")
    written = outbox(page)
    assert [item["method"] for item in written] == ["POST", "PATCH"]
    assert len({item["idempotencyKey"] for item in written}) == 2
    # Nothing reached the server yet.
    assert api.get(f"/contacts/{sam['id']}/interactions").json()["items"] == []
    assert api.get(f"/interviews/{interview['id']}").json()["status"] == "scheduled"

    page.context.set_offline(False)
    wait_for_empty_outbox(page)
    expect(page.get_by_text(WAITING)).to_have_count(0)
    touches = api.get(f"/contacts/{sam['id']}/interactions").json()["items"]
    assert [(t["kind"], t["summary"]) for t in touches] == [
        ("call", "Called from the train about the postdoc")
    ]
    done = api.get(f"/interviews/{interview['id']}").json()
    assert done["status"] == "completed"
    assert done["notes"] == "She moved to industry after one postdoc."
    reminders = api.get("/reminders", params={"interview_id": interview["id"]}).json()["items"]
    assert sorted(r["kind"] for r in reminders) == ["follow_up", "thank_you"]
    # The follow-up screen now shows the server's reminders.
    expect(page.get_by_role("list", name="Interview reminders")).to_contain_text("Thank")

    # The same outbox replayed again (a retry after a lost answer) creates nothing more.
    put_back_in_outbox(page, written)
    page.reload()
    expect(page.get_by_role("heading", name="Interview with Sam Rivera")).to_be_visible()
    wait_for_empty_outbox(page)
    assert len(api.get(f"/contacts/{sam['id']}/interactions").json()["items"]) == 1
    again = api.get("/reminders", params={"interview_id": interview["id"]}).json()["items"]
    assert sorted(r["kind"] for r in again) == ["follow_up", "thank_you"]
    assert api.get(f"/interviews/{interview['id']}").json()["notes"] == done["notes"]
    expect(page.get_by_text(re.compile("need(s)? your attention"))).to_have_count(0)


def test_a_touch_whose_answer_was_lost_on_a_flaky_connection_is_logged_once(
    page: Any, live_server: str
) -> None:
    me = account(page, live_server)
    api, sam = me.api, me.contact(page)
    page.goto(f"/contacts/{sam['id']}")
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()

    # The request reaches the server, which logs the touch; the answer never reaches the phone.
    def lose_the_answer(route: Any) -> None:
        route.fetch()
        route.abort("connectionreset")

    page.route("**/api/v1/contacts/*/interactions", lose_the_answer)
    touch = log_touch(page, "Thanked her in the lobby", kind="meeting")
    expect(touch.get_by_role("status")).to_contain_text("Saved on this device")
    assert len(api.get(f"/contacts/{sam['id']}/interactions").json()["items"]) == 1
    assert len(outbox(page)) == 1

    page.unroute("**/api/v1/contacts/*/interactions")
    page.get_by_role("button", name="Sync now").click()
    wait_for_empty_outbox(page)
    expect(page.get_by_text(WAITING)).to_have_count(0)
    touches = api.get(f"/contacts/{sam['id']}/interactions").json()["items"]
    assert [t["summary"] for t in touches] == ["Thanked her in the lobby"]


def test_a_contact_changed_on_the_server_while_offline_shows_both_versions(
    page: Any, live_server: str
) -> None:
    me = account(page, live_server)
    api, sam = me.api, me.contact(page, notes="Met at ASCB")
    page.goto(f"/contacts/{sam['id']}")
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()
    wait_for_offline_copies(page, f"/api/v1/contacts/{sam['id']}")

    page.context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="Edit notes and research").click()
    notes = page.get_by_role("region", name="Notes and research")
    notes.get_by_role("textbox", name="Notes", exact=True).fill("Prefers a call on Fridays")
    notes.get_by_role("button", name="Save").click()
    expect(notes).to_contain_text("Prefers a call on Fridays")
    expect(page.get_by_text("1 change waiting")).to_be_visible()

    # Meanwhile, on the laptop: the same field changed.
    changed = api.patch(f"/contacts/{sam['id']}", json={"notes": "Moved to Boston in May"})
    assert changed.status_code == 200

    page.context.set_offline(False)
    expect(page.get_by_text("1 change needs your attention")).to_be_visible()
    # Nothing was overwritten.
    assert api.get(f"/contacts/{sam['id']}").json()["notes"] == "Moved to Boston in May"
    review = open_dialog(page, "Review", "Changes on this device")
    versions = review.get_by_role("table")
    expect(versions).to_contain_text("Prefers a call on Fridays")
    expect(versions).to_contain_text("Moved to Boston in May")
    expect(review).to_contain_text("changed on Rapport meanwhile")
    screenshot(page, "offline-conflict")
    assert [item["state"] for item in outbox(page)] == ["conflict"]

    # The user decides: their version, knowingly.
    review.get_by_role("button", name="Keep mine").click()
    expect(review).to_contain_text("Everything is synced.")
    assert api.get(f"/contacts/{sam['id']}").json()["notes"] == "Prefers a call on Fridays"
    assert outbox(page) == []


def test_a_contact_added_offline_is_created_once_back_online(page: Any, live_server: str) -> None:
    me = account(page, live_server)
    open_empty(page, "/contacts", "No contacts yet.")
    wait_for_offline_copies(page)

    page.context.set_offline(True)
    page.reload()
    dialog = open_dialog(page, "Add contact", "Add a contact")
    dialog.get_by_label("Full name").fill("Priya Nair")
    dialog.get_by_label("Organization").fill("Broad Institute")
    dialog.get_by_role("button", name="Add contact").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("Priya Nair is saved on this device")).to_be_visible()
    expect(page.get_by_text("1 change waiting")).to_be_visible()
    assert me.api.get("/contacts").json()["items"] == []

    page.context.set_offline(False)
    wait_for_empty_outbox(page)
    contacts = page.get_by_role("list", name="Contacts")
    expect(contacts.get_by_role("link", name="Priya Nair")).to_be_visible()
    names = [c["full_name"] for c in me.api.get("/contacts").json()["items"]]
    assert names == ["Priya Nair"]


def test_a_reminder_ticked_offline_stays_done_and_syncs(page: Any, live_server: str) -> None:
    me = account(page, live_server)
    sam = me.contact(page)
    due = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    reminder = api_post(
        page,
        me.student,
        "/api/v1/reminders",
        {"title": "Thank Sam", "kind": "custom", "due_at": due, "contact_id": sam["id"]},
    )
    page.goto("/")
    expect(page.get_by_role("region", name="Due now")).to_contain_text("Thank Sam")
    wait_for_offline_copies(page, "/api/v1/dashboard")

    page.context.set_offline(True)
    page.reload()
    due_now = page.get_by_role("region", name="Due now")
    due_now.get_by_role("button", name="Mark “Thank Sam” done").click()
    expect(due_now).not_to_contain_text("Thank Sam")
    # Still off the list after a reload with no network: the tick waits on the device.
    page.reload()
    expect(page.get_by_text("1 change waiting")).to_be_visible()
    expect(page.get_by_role("region", name="Due now")).not_to_contain_text("Thank Sam")
    assert me.api.get(f"/reminders/{reminder['id']}").json()["status"] == "open"

    page.context.set_offline(False)
    wait_for_empty_outbox(page)
    assert me.api.get(f"/reminders/{reminder['id']}").json()["status"] == "done"
    expect(page.get_by_role("region", name="Due now")).not_to_contain_text("Thank Sam")


def test_signing_out_deletes_the_offline_copies(page: Any) -> None:
    sign_up_by_api(page)
    page.goto("/")
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    wait_for_offline_copies(page, "/api/v1/dashboard")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    wait_until_empty(page, "copies")


def test_a_session_ended_elsewhere_leaves_no_offline_copies(page: Any) -> None:
    student = sign_up_by_api(page)
    page.goto("/")
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    wait_for_offline_copies(page, "/api/v1/dashboard")
    # Signed out from another tab (or the session expired) before this page loads again.
    page.request.post("/api/v1/auth/logout", headers={"X-CSRF-Token": student.csrf})
    page.reload()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    wait_until_empty(page, "copies")


def test_signing_out_with_changes_waiting_asks_before_deleting_them(
    page: Any, live_server: str
) -> None:
    me = account(page, live_server)
    sam = me.contact(page)
    page.goto(f"/contacts/{sam['id']}")
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()
    wait_for_offline_copies(page, f"/api/v1/contacts/{sam['id']}")
    page.context.set_offline(True)
    log_touch(page, "Met her at the poster session")
    expect(page.get_by_text("1 change waiting")).to_be_visible()

    question = open_dialog(page, "Sign out", "Sign out and delete changes not synced?")
    expect(question).to_contain_text("Call with Sam Rivera")
    question.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("heading", name="Sam Rivera", level=1)).to_be_visible()
    assert len(outbox(page)) == 1

    page.context.set_offline(False)
    wait_for_empty_outbox(page)
    touches = me.api.get(f"/contacts/{sam['id']}/interactions").json()["items"]
    assert [t["summary"] for t in touches] == ["Met her at the poster session"]
