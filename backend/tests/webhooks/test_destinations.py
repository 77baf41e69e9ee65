"""Server-side request forgery: a webhook URL must name a public http(s) address — refused with
422 when it is created or changed, whatever notation or host name hides a private address."""

from __future__ import annotations

import socket

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from rapport.config import Settings
from rapport.webhooks import destinations
from tests.conftest import Account, assert_problem

REFUSED = [
    # loopback, in every notation a resolver accepts
    "http://127.0.0.1/hook",
    "http://127.0.0.1:8000/hook",
    "http://127.1/hook",
    "http://2130706433/hook",
    "http://0x7f000001/hook",
    "http://0177.0.0.1/hook",
    "http://0x7f.0.0.1/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:7f00:1]/hook",
    "http://[0:0:0:0:0:0:0:1]/hook",
    "http://localhost/hook",
    "http://LOCALHOST./hook",
    "http://api.localhost/hook",
    # unspecified
    "http://0.0.0.0/hook",
    "http://0/hook",
    "http://[::]/hook",
    # private and shared
    "http://10.0.0.5/hook",
    "http://172.16.0.1/hook",
    "http://192.168.1.10/hook",
    "http://100.64.0.1/hook",
    "http://[fd12:3456:789a::1]/hook",
    "http://[::ffff:10.0.0.1]/hook",
    "http://[::ffff:a00:1]/hook",
    # link-local and cloud metadata
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fe80::1]/hook",
    "http://[fe80::1%25eth0]/hook",
    # multicast, reserved, broadcast, documentation
    "http://224.0.0.1/hook",
    "http://[ff02::1]/hook",
    "http://240.0.0.1/hook",
    "http://255.255.255.255/hook",
    "http://192.0.2.10/hook",
    "http://[2001:db8::1]/hook",
    # IPv4 carried inside IPv6
    "http://[2002:7f00:1::]/hook",
    "http://[64:ff9b::a9fe:a9fe]/hook",
    # internal names
    "http://printer.local/hook",
    "http://service.internal/hook",
    # not http(s), credentials, malformed
    "ftp://receiver.example.com/hook",
    "file:///etc/passwd",
    "gopher://receiver.example.com/",
    "https://user:password@receiver.example.com/hook",
    "https://token@receiver.example.com/hook",
    "https://receiver.example.com@127.0.0.1/hook",
    "https://receiver.example.com:99999/hook",
    "https://receiver.example.com/hook#fragment",
    "https:///hook",
    "http://[::1/hook",
    "http://[not-ipv6]/hook",
    "https://receiver example.com/hook",
    "https://receiver.example.com/ho\nok",
]


PUBLIC = [
    "https://receiver.example.com/hooks/rapport",
    "http://receiver.example.com:8080/hook?token=abc",
    "https://8.8.8.8/hook",
    "https://[2001:4860:4860::8888]/hook",
    "https://bücher.example/hook",
]


@pytest.mark.parametrize(
    ("url", "refused"), [(url, True) for url in REFUSED] + [(url, False) for url in PUBLIC]
)
def test_the_check_refuses_unsafe_urls_and_accepts_public_ones(url: str, refused: bool) -> None:
    try:
        destinations.check_url(url, allow_loopback=False)
    except destinations.UnsafeDestination:
        assert refused, "a public URL was refused"
    else:
        assert not refused, "an unsafe URL was accepted"


def test_unsafe_urls_are_refused_at_creation_with_422(alice: Account) -> None:
    for url in REFUSED:
        response = alice.post("/api/v1/webhooks", json={"url": url, "events": ["contact.created"]})
        body = assert_problem(response, 422)
        assert body["errors"][0]["field"] == "url", url
    assert alice.get("/api/v1/webhooks").json()["items"] == []


def test_public_urls_are_accepted_at_creation(alice: Account) -> None:
    for url in PUBLIC:
        response = alice.post("/api/v1/webhooks", json={"url": url, "events": ["contact.created"]})
        assert response.status_code == 201, response.text


def test_a_host_name_resolving_to_a_private_address_is_refused_at_creation(
    alice: Account,
) -> None:
    name = socket.gethostname().lower()
    try:
        addresses = destinations.resolve(name, 80)
    except destinations.UnresolvedHost:
        pytest.skip("this machine's host name does not resolve")
    if all(destinations.refusal_reason(a) is None for a in addresses):
        pytest.skip(f"{name} resolves to a public address")
    response = alice.post(
        "/api/v1/webhooks", json={"url": f"http://{name}/hook", "events": ["contact.created"]}
    )
    assert f"{name} resolves to" in assert_problem(response, 422)["detail"]


def test_changing_the_url_to_an_unsafe_one_is_refused(alice: Account) -> None:
    created = alice.post(
        "/api/v1/webhooks",
        json={"url": "https://receiver.example.com/hook", "events": ["contact.created"]},
    ).json()
    response = alice.patch(
        f"/api/v1/webhooks/{created['id']}", json={"url": "http://169.254.169.254/"}
    )
    assert "metadata" in assert_problem(response, 422)["detail"]
    assert alice.get(f"/api/v1/webhooks/{created['id']}").json()["url"] == created["url"]


def test_loopback_is_refused_unless_the_development_setting_allows_it(
    alice: Account, developer: TestClient
) -> None:
    body = {"url": "http://127.0.0.1:9000/hook", "events": ["contact.created"]}
    assert_problem(alice.post("/api/v1/webhooks", json=body), 422)
    assert developer.post("/api/v1/webhooks", json=body).status_code == 201
    assert (
        developer.post(
            "/api/v1/webhooks", json={**body, "url": "http://localhost:9000/hook"}
        ).status_code
        == 201
    )


def test_the_development_setting_lets_only_loopback_through(developer: TestClient) -> None:
    for url in ("http://10.0.0.5/hook", "http://169.254.169.254/", "http://[fe80::1]/"):
        response = developer.post(
            "/api/v1/webhooks", json={"url": url, "events": ["contact.created"]}
        )
        assert_problem(response, 422)
    for url in ("http://[::1]:9000/", "http://127.0.0.2/", "http://[::ffff:127.0.0.1]/"):
        destinations.check_url(url, allow_loopback=True)


def test_production_refuses_to_start_with_the_loopback_setting() -> None:
    with pytest.raises(ValidationError, match="RAPPORT_WEBHOOK_ALLOW_LOOPBACK"):
        Settings(  # type: ignore[call-arg]
            env="production", secret_key="s" * 48, webhook_allow_loopback=True, _env_file=None
        )
    assert not Settings(
        env="production", secret_key="s" * 48, _env_file=None
    ).webhook_allow_loopback  # type: ignore[call-arg]
