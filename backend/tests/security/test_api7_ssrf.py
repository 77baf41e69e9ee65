"""OWASP API7:2023 Server Side Request Forgery — the only outbound requests a user can steer are
webhook deliveries, and those reach public addresses only.

Built on the webhooks helper's guard (rapport/webhooks/destinations.py, unit-tested in
tests/webhooks/test_destinations.py); here it is proven end to end: through the API (create and
change), against DNS answers that point inside (at save time and, rebinding, at delivery time),
and against redirects.
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from rapport.webhooks import delivery
from tests.conftest import Account, assert_problem
from tests.factories import make_webhook
from tests.security.crawl import API, owned_ids

UNSAFE_TARGETS = [
    "http://127.0.0.1/hook",
    "http://localhost:8000/hook",
    "http://LOCALHOST./hook",
    "http://[::1]/hook",
    "http://0.0.0.0/hook",
    "http://10.0.0.5/hook",
    "http://172.16.3.4/hook",
    "http://192.168.1.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/",
    "http://100.64.0.1/",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:10.0.0.1]/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://0x7f.0.0.1/hook",
    "http://0177.0.0.1/hook",
    "http://127.1/hook",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://db.internal/hook",
    "http://printer.local/hook",
    "http://user:pass@10.0.0.1/hook",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "ftp://files.example.com/x",
    "http://[fe80::1%25eth0]/hook",
    "http://224.0.0.1/hook",
]


def _create(account: Account, url: str) -> Any:
    return account.post(f"{API}/webhooks", json={"url": url, "events": ["contact.created"]})


@pytest.mark.parametrize("target", UNSAFE_TARGETS)
def test_a_webhook_cannot_target_an_internal_address(
    app: FastAPI, alice: Account, target: str
) -> None:
    before = owned_ids(app, alice.user_id)
    assert_problem(_create(alice, target), 422)
    existing = make_webhook(alice)
    changed = alice.patch(f"{API}/webhooks/{existing}", json={"url": target})
    assert_problem(changed, 422)
    assert alice.get(f"{API}/webhooks/{existing}").json()["url"] != target
    assert owned_ids(app, alice.user_id) - before == {existing}


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A resolver we control (the system's, for every name not listed)."""
    answers: dict[str, str] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.lower().rstrip(".") in answers:
            family = socket.AF_INET6 if ":" in answers[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, 6, "", (answers[host], port or 80))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


def test_a_public_name_that_resolves_inside_is_refused(alice: Account, dns: dict[str, str]) -> None:
    dns["sneaky.example.com"] = "10.1.2.3"
    assert_problem(_create(alice, "https://sneaky.example.com/hook"), 422)
    dns["v6.example.com"] = "::1"
    assert_problem(_create(alice, "https://v6.example.com/hook"), 422)
    dns["fine.example.com"] = "93.184.215.14"
    assert _create(alice, "https://fine.example.com/hook").status_code == 201


def test_a_name_rebound_inside_after_saving_is_refused_at_delivery(
    alice: Account, dns: dict[str, str]
) -> None:
    dns["rebind.example.com"] = "93.184.215.14"
    assert _create(alice, "https://rebind.example.com/hook").status_code == 201
    dns["rebind.example.com"] = "169.254.169.254"
    outcome = delivery.attempt(
        "https://rebind.example.com/hook",
        secret="whsec_" + "A" * 32,
        message_id="msg_test",
        payload={"type": "contact.created"},
        allow_loopback=False,
        timeout=2,
    )
    assert not outcome.delivered and not outcome.retry
    assert outcome.error and outcome.error.startswith("Refused without connecting")


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str]
    location = ""

    def do_POST(self) -> None:
        self.hits.append(self.path)
        if self.location:
            self.send_response(307)
            self.send_header("Location", self.location)
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receivers() -> Iterator[tuple[Any, Any]]:
    servers = []
    for location in ("", "x"):
        handler = type("Handler", (_Recorder,), {"hits": [], "location": location})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    inside, redirector = servers
    redirector.RequestHandlerClass.location = f"http://127.0.0.1:{inside.server_port}/internal"
    yield inside, redirector
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_delivery_never_follows_a_redirect(receivers: tuple[Any, Any]) -> None:
    inside, redirector = receivers
    outcome = delivery.attempt(
        f"http://127.0.0.1:{redirector.server_port}/hook",
        secret="whsec_" + "A" * 32,
        message_id="msg_redirect",
        payload={"type": "contact.created"},
        allow_loopback=True,  # only to reach the test's own receivers on this machine
        timeout=5,
    )
    assert redirector.RequestHandlerClass.hits == ["/hook"]
    assert inside.RequestHandlerClass.hits == []
    assert not outcome.delivered and outcome.response_status == 307
