"""vCard lines are folded by octets (RFC 2426 §2.6, RFC 6350 §3.2): at most 75 octets a line,
never inside a UTF-8 character."""

from __future__ import annotations

import pytest

from rapport.exports import vcard


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii " * 20,
        "é" * 100,  # 2 octets each
        "a" + "日本語のメモ" * 20,  # 3 octets each, the first fold falls inside one
        "ab" + "🙏" * 60,  # 4 octets each
        "Ñúñez — 学会で会った 🙂, " * 8,  # a mix
    ],
)
def test_long_lines_fold_at_75_octets_between_characters(text: str) -> None:
    line = f"NOTE:{text}"
    folded = vcard.fold(line).encode()
    assert folded.endswith(b"\r\n")
    physical = folded[: -len(b"\r\n")].split(b"\r\n")
    assert len(physical) > 1
    assert all(len(octets) <= vcard.MAX_LINE_OCTETS for octets in physical)
    # Every line is whole UTF-8 on its own (no character split across a fold) ...
    decoded = [octets.decode("utf-8", errors="strict") for octets in physical]
    # ... continuations start with one space, and unfolding gives the line back ...
    assert all(part.startswith(" ") for part in decoded[1:])
    assert decoded[0] + "".join(part[1:] for part in decoded[1:]) == line
    # ... and no line is cut shorter than the character that did not fit.
    assert all(len(octets) > vcard.MAX_LINE_OCTETS - 4 for octets in physical[:-1])


def test_a_line_of_75_octets_is_not_folded() -> None:
    line = "NOTE:" + "é" * 35  # 5 + 70 octets
    assert vcard.fold(line) == line + "\r\n"
    assert vcard.fold(line + "e").count("\r\n") == 2
