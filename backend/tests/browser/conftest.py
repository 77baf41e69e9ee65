"""Browser tests: the built dashboard (frontend/dist) served by the real backend (uvicorn, in a
subprocess, on a free port) against this run's migrated database, driven by headless Chromium
through Playwright. Screenshots go to test-artifacts/screens/ (ignored by git).

Chromium comes from the system (`apt-get install chromium`, done by .ci/run); Playwright never
downloads a browser here.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from rapport.config import Settings
from tests.live import serve

REPO = Path(__file__).resolve().parents[3]
DIST = REPO / "frontend" / "dist"
ARTIFACTS = REPO / "test-artifacts" / "screens"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 740}
PASSWORD = "correct horse battery staple"
# Generous for a shared 2-core machine; every wait is on a role or text, never a sleep.
TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs it with apt-get")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_server(
    settings: Settings, database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The real app on a free port, serving the built dashboard, on this run's database."""
    if not (DIST / "index.html").is_file():
        pytest.fail("frontend/dist is missing: run `make frontend` (make test does it first)")
    scratch = tmp_path_factory.mktemp("live-server")
    with serve(database_url, scratch, env={"RAPPORT_FRONTEND_DIST": str(DIST)}) as base:
        yield base


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP, base_url=live_server)
    context.set_default_timeout(TIMEOUT_MS)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


@dataclass
class Student:
    email: str
    name: str
    csrf: str


def sign_up_by_api(
    page: Any, name: str = "Ada Student", timezone: str = "America/Chicago"
) -> Student:
    """A signed-in account in the page's browser context (cookie shared with the page)."""
    email = f"ada.{secrets.token_hex(4)}@example.edu"
    answer = page.request.post(
        "/api/v1/auth/register",
        data={"email": email, "password": PASSWORD, "name": name, "timezone": timezone},
    )
    assert answer.status == 201, answer.text()
    return Student(email=email, name=name, csrf=answer.json()["csrf_token"])


def api_post(page: Any, student: Student, path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = page.request.post(path, data=body, headers={"X-CSRF-Token": student.csrf})
    assert answer.status in (200, 201), answer.text()
    return answer.json()


def api_patch(page: Any, student: Student, path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = page.request.patch(path, data=body, headers={"X-CSRF-Token": student.csrf})
    assert answer.status == 200, answer.text()
    return answer.json()


# Elements sticking out past the viewport that no scrolling container of theirs clips.
_WIDE_ELEMENTS = """() => [...document.querySelectorAll('body *')]
  .filter(el => {
    if (el.getBoundingClientRect().right <= window.innerWidth + 1) return false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return false;
    }
    return true;
  })
  .slice(0, 8).map(el => `${el.tagName.toLowerCase()}.${el.className}`)"""


def settle(page: Any) -> None:
    """Let layout and resize observers run after a viewport change (two animation frames)."""
    page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))"
    )


def screenshot(page: Any, name: str) -> None:
    """This screen at desktop width and at 375 px (a phone), full page."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    settle(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)
    settle(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate(_WIDE_ELEMENTS) if overflow > 1 else []
    page.set_viewport_size(original)
    settle(page)
    assert overflow <= 1, f"{name} scrolls sideways at 375 px by {overflow}px: {wide}"


# Controls smaller than a finger (44 × 44 CSS px, WCAG 2.5.5) among those on screen. Links inside
# sentences are exempt (WCAG's inline exception); a checkbox counts with its label, its target.
_SMALL_TAP_TARGETS = """() => [...document.querySelectorAll(
    'button, select, textarea, input:not([type=checkbox]):not([type=hidden]), [role=tab], a.btn, '
    + 'a.nav-link, a.row__title, a.contact-row__name, a.card-mini__name, .check')]
  .filter(el => !el.closest('.visually-hidden, [hidden], dialog:not([open])'))
  .map(el => [el, el.getBoundingClientRect()])
  .filter(([, r]) => r.width > 0 && r.height > 0 && r.bottom > 0)
  .filter(([, r]) => r.height < 43.5 || r.width < 43.5)
  .slice(0, 8)
  .map(([el, r]) => {
    const name = (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30);
    const size = `${Math.round(r.width)}x${Math.round(r.height)}`;
    return `${el.tagName.toLowerCase()}.${el.className} "${name}" ${size}`;
  })"""


def phone_screen(page: Any, name: str) -> None:
    """This screen on a phone (375 px): no sideways scroll, every control a finger's size;
    a full-page screenshot goes to test-artifacts/screens/phone-<name>.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    settle(page)
    page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    wide = page.evaluate(_WIDE_ELEMENTS) if overflow > 1 else []
    assert overflow <= 1, f"{name} scrolls sideways at 375 px by {overflow}px: {wide}"
    small = page.evaluate(_SMALL_TAP_TARGETS)
    assert not small, f"{name} has tap targets under 44 px at 375 px: {small}"


def wait_until(page: Any, predicate: str, arg: Any = None) -> None:
    """Waits until the page-side `predicate(arg)` (a JS function, may be async) holds.

    Not `page.wait_for_function`: its polling evaluates strings, which the dashboard's strict
    CSP rightly refuses; `page.evaluate` runs the function without eval."""
    failure = json.dumps(f"timed out: {predicate[:200]}")
    page.evaluate(
        f"""async (arg) => {{
          const predicate = {predicate};
          const deadline = Date.now() + {TIMEOUT_MS};
          while (!(await predicate(arg))) {{
            if (Date.now() > deadline) throw new Error({failure});
            await new Promise(resolve => setTimeout(resolve, 50));
          }}
        }}""",
        arg,
    )


_HAS_COPY = """path => new Promise(resolve => {
  const open = indexedDB.open('rapport-offline');
  open.onerror = () => resolve(false);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('copies')) { db.close(); return resolve(false); }
    const get = db.transaction('copies').objectStore('copies').get(path);
    get.onsuccess = () => { db.close(); resolve(Boolean(get.result)); };
    get.onerror = () => { db.close(); resolve(false); };
  };
})"""


def wait_for_offline_copies(page: Any, *api_paths: str) -> None:
    """The service worker controls the page and the dashboard kept these answers (and the
    profile, without which it cannot open offline) for offline reading."""
    wait_until(page, "() => navigator.serviceWorker.controller !== null")
    for path in ("/api/v1/me", *api_paths):
        wait_until(page, _HAS_COPY, path)


_OUTBOX = """mode => new Promise((resolve, reject) => {
  const open = indexedDB.open('rapport-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const store = db.transaction('outbox', 'readonly').objectStore('outbox');
    const all = store.getAll();
    all.onsuccess = () => { db.close(); resolve(all.result); };
    all.onerror = () => { db.close(); reject(all.error); };
  };
})"""

_PUT_OUTBOX = """items => new Promise((resolve, reject) => {
  const open = indexedDB.open('rapport-offline');
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('outbox', 'readwrite');
    for (const item of items) tx.objectStore('outbox').put(item);
    tx.oncomplete = () => { db.close(); resolve(items.length); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
  open.onerror = () => reject(open.error);
})"""


def outbox(page: Any) -> list[dict[str, Any]]:
    """The writes kept on the device (the dashboard's IndexedDB outbox), oldest first."""
    return list(page.evaluate(_OUTBOX, "read"))


def put_back_in_outbox(page: Any, items: list[dict[str, Any]]) -> None:
    """Puts writes (as read by `outbox`) back on the device, as if they had never been sent."""
    page.evaluate(_PUT_OUTBOX, items)


def bearer_client(live_server: str, student: Student) -> httpx.Client:
    """The student's account through the API, from outside the browser (unaffected by its
    offline emulation): the OAuth2 password flow's token."""
    answer = httpx.post(
        f"{live_server}/api/v1/auth/token",
        data={"username": student.email, "password": PASSWORD},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    token = answer.json()["access_token"]
    return httpx.Client(
        base_url=f"{live_server}/api/v1",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def wait_until_empty(page: Any, store: str) -> None:
    """Waits until the dashboard's IndexedDB store ("outbox" or "copies") holds nothing."""
    wait_until(
        page,
        """store => new Promise(resolve => {
          const open = indexedDB.open('rapport-offline');
          open.onsuccess = () => {
            const count = open.result.transaction(store).objectStore(store).count();
            count.onsuccess = () => { open.result.close(); resolve(count.result === 0); };
          };
        })""",
        store,
    )


def wait_for_empty_outbox(page: Any) -> None:
    wait_until_empty(page, "outbox")


def open_empty(page: Any, path: str, heading: str) -> None:
    """Opens `path` and sees its empty state: the heading `heading` ("No contacts yet.")."""
    page.goto(path)
    expect(page.get_by_role("heading", name=heading)).to_be_visible()


def open_dialog(page: Any, button: str, dialog: str) -> Any:
    """Presses the first button named `button` (a list's empty state repeats the toolbar's) and
    answers the dialog it opens, named `dialog`."""
    page.get_by_role("button", name=button).first.click()
    return page.get_by_role("dialog", name=dialog)


def log_touch(page: Any, note: str, kind: str = "call") -> Any:
    """Logs a touch on the open contact page; answers the "Log a touch" region."""
    touch = page.get_by_role("region", name="Log a touch")
    touch.get_by_label("Kind").select_option(kind)
    touch.get_by_role("textbox", name="Note").fill(note)
    touch.get_by_role("button", name="Log touch").click()
    return touch


@dataclass
class Account:
    """A student seen from the browser (`student`) and through the API (`api`)."""

    student: Student
    api: httpx.Client

    def contact(self, page: Any, **fields: Any) -> dict[str, Any]:
        return api_post(
            page, self.student, "/api/v1/contacts", {"full_name": "Sam Rivera", **fields}
        )


def account(page: Any, live_server: str) -> Account:
    student = sign_up_by_api(page)
    return Account(student=student, api=bearer_client(live_server, student))
