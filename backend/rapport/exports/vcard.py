"""Writing contacts as vCard 3.0 (RFC 2426): the version Google, Apple and Outlook all import."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

PRODID = "-//Rapport//Rapport contacts//EN"
MAX_LINE_OCTETS = 75


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets (continuations start with a space),
    never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_LINE_OCTETS
        current += char
        size += octets
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def _property(name: str, value: str) -> str:
    return fold(f"{name}:{value}")


def split_name(full_name: str) -> tuple[str, str]:
    """(family, given) for the structured N property: the last word is taken as the family
    name, which is right for most names and harmless for the rest (FN keeps the real one)."""
    parts = full_name.split()
    if len(parts) < 2:
        return "", full_name
    return parts[-1], " ".join(parts[:-1])


def _structured(components: Iterable[str]) -> str:
    return ";".join(escape(component) for component in components)


def card(contact: Mapping[str, Any]) -> str:
    lines = ["BEGIN:VCARD\r\n", "VERSION:3.0\r\n", _property("PRODID", PRODID)]
    lines.append(_property("UID", f"urn:uuid:{contact['id']}"))
    lines.append(_property("FN", escape(contact["full_name"])))
    family, given = split_name(contact["full_name"])
    lines.append(_property("N", _structured([family, given, "", "", ""])))
    if contact.get("email"):
        lines.append(_property("EMAIL;TYPE=INTERNET", escape(contact["email"])))
    if contact.get("phone"):
        lines.append(_property("TEL;TYPE=VOICE", escape(contact["phone"])))
    if contact.get("organization"):
        lines.append(_property("ORG", escape(contact["organization"])))
    if contact.get("title"):
        lines.append(_property("TITLE", escape(contact["title"])))
    if contact.get("location"):
        # The whole place in the locality component: "South San Francisco, CA".
        lines.append(
            _property("ADR;TYPE=WORK", _structured(["", "", "", contact["location"]]) + ";;;")
        )
    if contact.get("linkedin_url"):
        url = escape(contact["linkedin_url"])
        lines.append(_property("URL;TYPE=linkedin", url))
        lines.append(_property("X-SOCIALPROFILE;TYPE=linkedin", url))
    if contact.get("notes"):
        lines.append(_property("NOTE", escape(contact["notes"])))
    if contact.get("tags"):
        lines.append(_property("CATEGORIES", ",".join(escape(tag) for tag in contact["tags"])))
    if contact.get("updated_at"):
        lines.append(_property("REV", str(contact["updated_at"])))
    lines.append("END:VCARD\r\n")
    return "".join(lines)
