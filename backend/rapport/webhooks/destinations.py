"""Where a webhook may point: public http(s) addresses only (server-side request forgery guard).

Checked twice: when a webhook is saved (its shape, a literal address in any notation, reserved
names, and what the host resolves to right now) and again before every delivery, when the host is
re-resolved and the delivery connects to exactly the address that was checked — so a DNS answer
that changes after the check (rebinding) cannot steer the request inside.

Refused: private, loopback, link-local, multicast, reserved, unspecified, shared (CGNAT),
documentation and cloud-metadata addresses, IPv4 and IPv6 alike (IPv4 embedded in IPv6 — mapped,
6to4, Teredo, NAT64 — is checked as the IPv4 it carries), and names such as ``localhost`` or
``*.internal``. ``RAPPORT_WEBHOOK_ALLOW_LOOPBACK`` (development and tests) lets loopback through.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_URL_LENGTH = 2048

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean…
        "169.254.170.2",  # AWS ECS task metadata
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
        "fd00:ec2::254",  # AWS over IPv6
    )
)
LOOPBACK_NAMES = ("localhost",)
REFUSED_NAMES = frozenset(
    {"metadata", "metadata.google.internal", "metadata.goog", "instance-data", "kubernetes"}
)
REFUSED_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain", ".home.arpa", ".lan")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_HOST_CHARACTERS = re.compile(r"[a-z0-9._-]+")
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+")


class UnsafeDestination(ValueError):
    """The URL may not be called; the message says why, in words for the user."""


class UnresolvedHost(Exception):
    """The host has no address right now (DNS failure); worth trying again later."""


@dataclass(frozen=True)
class Destination:
    """A checked URL and the address to connect to for it."""

    url: str
    host: str
    address: IPAddress


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal_reason(ip: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why this address may not be called, or None when it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return "a scoped (link-local) address"
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = refusal_reason(inner, allow_loopback=allow_loopback)
            if reason is not None or ip.ipv4_mapped is not None:
                return reason
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    if ip.is_loopback:
        return None if allow_loopback else "a loopback address"
    for reason, flag in (
        ("an unspecified address", ip.is_unspecified),
        ("a link-local address", ip.is_link_local),
        ("a multicast address", ip.is_multicast),
        ("a private address", ip.is_private),
        ("a reserved address", ip.is_reserved),
        ("a non-public address", not ip.is_global),
    ):
        if flag:
            return reason
    return None


def literal_address(host: str) -> IPAddress | None:
    """The address a host names directly, in any notation a resolver accepts: dotted, IPv6,
    and the legacy decimal, octal and hexadecimal IPv4 forms (``2130706433``, ``0177.0.0.1``,
    ``0x7f.1``, ``127.1``)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def parse(url: str) -> tuple[SplitResult, str]:
    """Check the URL's shape; returns its parts and the ASCII lower-case host."""
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeDestination(f"Use a URL of at most {MAX_URL_LENGTH} characters.")
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise UnsafeDestination("The URL may not contain spaces or control characters.")
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UnsafeDestination("The URL is not valid.") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeDestination("Use an http:// or https:// URL.")
    if "@" in parts.netloc or parts.username is not None or parts.password is not None:
        raise UnsafeDestination(
            "Credentials in the URL are not allowed; verify deliveries with the signature."
        )
    if parts.fragment:
        raise UnsafeDestination("A webhook URL has no #fragment.")
    try:
        parts.port  # noqa: B018 — raises on a port out of range or not a number
    except ValueError:
        raise UnsafeDestination("The port is not valid.") from None
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeDestination("The URL has no host.")
    if "[" in parts.netloc or ":" in host:  # an IPv6 literal; urlsplit strips the brackets
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise UnsafeDestination("The address in brackets is not an IPv6 address.") from None
        return parts, host
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise UnsafeDestination("The host name is not valid.") from None
    if not _HOST_CHARACTERS.fullmatch(ascii_host):
        raise UnsafeDestination("The host name is not valid.")
    return parts, ascii_host


def _check_name(host: str, *, allow_loopback: bool) -> None:
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        if allow_loopback:
            return
        raise UnsafeDestination("Webhooks cannot be delivered to localhost.")
    if host in REFUSED_NAMES or host.endswith(REFUSED_SUFFIXES):
        raise UnsafeDestination(
            "Webhooks cannot be delivered to internal host names; use a public address."
        )


def _refuse(ip: IPAddress, host: str, *, allow_loopback: bool) -> None:
    reason = refusal_reason(ip, allow_loopback=allow_loopback)
    if reason is None:
        return
    subject = "The host is" if literal_address(host) is not None else f"{host} resolves to"
    raise UnsafeDestination(f"{subject} {reason} ({ip}); webhooks go to public addresses only.")


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvedHost(f"{host} could not be resolved") from exc
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in answers:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if ip not in found:
            found.append(ip)
    if not found:
        raise UnresolvedHost(f"{host} has no address")
    return found


def _port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def check_url(url: str, *, allow_loopback: bool) -> None:
    """When a webhook is saved: refuse a URL that is unsafe now. A host that does not resolve
    yet is accepted (the check is repeated before every delivery)."""
    parts, host = parse(url)
    literal = literal_address(host)
    if literal is not None:
        _refuse(literal, host, allow_loopback=allow_loopback)
        return
    _check_name(host, allow_loopback=allow_loopback)
    try:
        addresses = resolve(host, _port(parts))
    except UnresolvedHost:
        return
    for ip in addresses:
        _refuse(ip, host, allow_loopback=allow_loopback)


def vet(url: str, *, allow_loopback: bool) -> Destination:
    """Before a delivery: resolve now and return the (checked) address to connect to. Every
    address the host has must be public, so no retry can land on a private one."""
    parts, host = parse(url)
    literal = literal_address(host)
    if literal is None:
        _check_name(host, allow_loopback=allow_loopback)
        addresses = resolve(host, _port(parts))
    else:
        addresses = [literal]
    for ip in addresses:
        _refuse(ip, host, allow_loopback=allow_loopback)
    return Destination(url=url, host=host, address=addresses[0])
