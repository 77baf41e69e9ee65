"""One HTTP attempt of one webhook delivery: signed, pinned to a checked address, short timeout.

No redirects are followed (a 3xx is a failed attempt), no proxy settings from the environment are
used, and the receiver's answer body is never read — only its status counts.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapport import __version__
from rapport.webhooks import destinations
from rapport.webhooks.secrets import signature

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"Rapport-Webhooks/{__version__}"


@dataclass(frozen=True)
class Outcome:
    """What one attempt came to. ``retry`` is False when trying again cannot help."""

    delivered: bool
    response_status: int | None = None
    error: str | None = None
    retry: bool = True


def body_of(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signed_headers(secret: str, *, message_id: str, body: bytes) -> dict[str, str]:
    timestamp = int(time.time())
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(
            secret, message_id=message_id, timestamp=timestamp, body=body
        ),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


def _pinned_request(destination: destinations.Destination) -> tuple[httpx.URL, dict[str, Any]]:
    """The URL with its host replaced by the checked address, and what keeps the request
    addressed to the real host: the Host header and the TLS server name (certificate check)."""
    import httpx

    original = httpx.URL(destination.url)
    pinned = original.copy_with(host=str(destination.address))
    host_header = original.netloc.decode("ascii")
    extensions: dict[str, Any] = {}
    if original.scheme == "https" and destinations.literal_address(destination.host) is None:
        extensions["sni_hostname"] = destination.host
    return pinned, {"headers": {"host": host_header}, "extensions": extensions}


def attempt(
    url: str,
    *,
    secret: str,
    message_id: str,
    payload: dict[str, Any],
    allow_loopback: bool,
    timeout: float,
) -> Outcome:
    """Check the destination again (re-resolving it), then POST the signed payload to it."""
    # Imported here, so only the process that delivers (the worker) loads httpx and what it
    # brings along (click, rich, pygments: several MB), not every API worker.
    import httpx

    try:
        destination = destinations.vet(url, allow_loopback=allow_loopback)
    except destinations.UnsafeDestination as exc:
        return Outcome(delivered=False, error=f"Refused without connecting: {exc}", retry=False)
    except destinations.UnresolvedHost as exc:
        return Outcome(delivered=False, error=str(exc))

    body = body_of(payload)
    pinned, routing = _pinned_request(destination)
    headers = {**signed_headers(secret, message_id=message_id, body=body), **routing["headers"]}
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client,
            client.stream(
                "POST", pinned, content=body, headers=headers, extensions=routing["extensions"]
            ) as response,
        ):
            status = response.status_code
    except httpx.TimeoutException:
        return Outcome(delivered=False, error=f"No answer within {timeout:g} s.")
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        detail = str(exc) or exc.__class__.__name__
        return Outcome(delivered=False, error=f"Could not deliver: {detail}"[:500])
    if 200 <= status < 300:
        return Outcome(delivered=True, response_status=status)
    return Outcome(
        delivered=False, response_status=status, error=f"The receiver answered HTTP {status}."
    )
