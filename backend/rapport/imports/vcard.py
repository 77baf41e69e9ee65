"""Reading vCard files (2.1, 3.0 and 4.0): several cards per file, folded lines, escaped and
structured values, quoted-printable values in any charset, parameters old and new style.

Only what a contact needs is interpreted; everything else (photos, birthdays, …) is skipped.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    value: str  # still vCard-escaped; quoted-printable already decoded

    def has_type(self, wanted: str) -> bool:
        return any(
            wanted in part.strip().lower().split(",") for part in self.params.get("TYPE", [])
        )

    @property
    def preference(self) -> int:
        """Lower is preferred: vCard 4 `PREF=1`, or vCard 3 `TYPE=pref`."""
        for value in self.params.get("PREF", []):
            if value.isdigit():
                return int(value)
        return 1 if self.has_type("pref") else 101


@dataclass
class Card:
    number: int  # 1-based position in the file
    line: int  # where BEGIN:VCARD is
    properties: list[Property] = field(default_factory=list)
    error: str | None = None

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def best(self, name: str) -> Property | None:
        found = self.all(name)
        return min(found, key=lambda p: p.preference) if found else None


def looks_like_vcard(text: str) -> bool:
    return text.lstrip().upper().startswith("BEGIN:VCARD")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfold: a line starting with a space or tab continues the previous one; a
    quoted-printable value ending in `=` continues on the next line (a soft line break)."""
    lines: list[tuple[int, str]] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if lines and _continues_quoted_printable(lines[-1][1]):
            start, previous = lines[-1]
            lines[-1] = (start, previous[:-1] + physical)  # drop the soft break's "="
        elif lines and physical[:1] in (" ", "\t"):
            start, previous = lines[-1]
            lines[-1] = (start, previous + physical[1:])
        else:
            lines.append((number, physical))
    return lines


def _continues_quoted_printable(line: str) -> bool:
    head, colon, _ = line.partition(":")
    return bool(colon) and "QUOTED-PRINTABLE" in head.upper() and line.endswith("=")


def _split_unquoted(text: str, separator: str) -> list[str]:
    parts, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _parse_line(line: str) -> Property | None:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        return None
    head_parts = _split_unquoted(head, ";")
    name = head_parts[0].strip().upper()
    if "." in name:  # "item1.EMAIL": Apple's property groups
        name = name.rsplit(".", 1)[1]
    params: dict[str, list[str]] = {}
    for raw in head_parts[1:]:
        key, equals, val = raw.partition("=")
        key = key.strip().upper()
        if not equals:  # vCard 2.1: bare TYPE values and encodings
            target = "ENCODING" if key in _ENCODINGS else "TYPE"
            params.setdefault(target, []).append(key.lower() if target == "TYPE" else key)
            continue
        params.setdefault(key, []).append(val.strip().strip('"'))
    return Property(name=name, params=params, value=value)


def _decode_value(prop: Property) -> Property | None:
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    if encoding & {"BASE64", "B"}:
        return None  # photos, sounds, keys: not a contact field
    if "QUOTED-PRINTABLE" in encoding:
        charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
        try:
            codecs.lookup(charset)
        except LookupError:
            raise ValueError(f"{prop.name} uses an unknown charset {charset!r}.") from None
        raw = quopri.decodestring(prop.value.encode("utf-8", errors="replace"))
        try:
            prop.value = raw.decode(charset)
        except UnicodeDecodeError:
            raise ValueError(f"{prop.name} is not valid {charset}.") from None
    return prop


def parse(text: str) -> list[Card]:
    cards: list[Card] = []
    card: Card | None = None
    for line_number, line in _logical_lines(text):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                card.error = "This card has no END:VCARD before the next BEGIN:VCARD."
                cards.append(card)
            card = Card(number=len(cards) + 1, line=line_number)
            continue
        if upper == "END:VCARD":
            if card is not None:
                cards.append(card)
            card = None
            continue
        if card is None or card.error:
            continue  # text between cards is ignored
        prop = _parse_line(line)
        if prop is None:
            continue  # a line without a colon: not a property
        try:
            decoded = _decode_value(prop)
        except ValueError as exc:
            card.error = str(exc)
            continue
        if decoded is not None:
            card.properties.append(decoded)
    if card is not None:
        card.error = card.error or "This card has no END:VCARD."
        cards.append(card)
    return cards


# --- values --------------------------------------------------------------------------------------


def unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\n" if following in "nN" else following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split on separators not escaped with a backslash, then unescape each part."""
    parts, current, index = [], [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return [unescape(part).strip() for part in parts]


def text_value(prop: Property | None) -> str:
    if prop is None:
        return ""
    return unescape(prop.value).strip()


def uri_value(prop: Property | None, scheme: str) -> str:
    """A value that vCard 4 may write as a URI (`tel:+1…`, `mailto:…`)."""
    value = text_value(prop)
    if value.lower().startswith(f"{scheme}:"):
        value = value[len(scheme) + 1 :]
    return value.strip()
