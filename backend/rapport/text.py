"""Text hygiene: the one rule every string the API accepts follows, wherever it comes from.

A NUL character cannot be stored in a Postgres text column, and an unpaired UTF-16 surrogate
(``\\ud8b0`` in JSON) is no character at all: it cannot be encoded as UTF-8 to be stored, sent
to a webhook or written to an export. Such text is **refused** (422 naming the field), never
silently stripped: a client learns at once that it sent something other than text, and what is
stored is exactly what was sent.

Used by every request model (:class:`rapport.schemas.RequestModel`, so bodies, imported rows and
restored archives), and by the ``TextHygiene`` middleware (``rapport.main``) for what no model
sees: the path, the query string and form fields.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

# NUL, and the surrogate code points (U+D800–U+DFFF): in a Python str decoded from JSON they are
# always unpaired (a valid pair decodes to one astral character).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
MESSAGE = "Text may not contain NUL characters or unpaired surrogates (\\u0000, \\ud800–\\udfff)."


def is_clean(text: str) -> bool:
    return _UNSTORABLE.search(text) is None


def printable(text: str) -> str:
    """The text with each unstorable character replaced by U+FFFD, to quote input in an answer."""
    return _UNSTORABLE.sub("\ufffd", text)


def check(value: Any) -> Any:
    """A request field's value unchanged, or ValueError if it is, or its list holds, bad text.

    Objects (dicts) are left to the nested request model that reads them, which checks its own
    fields, so an error names the exact field (`questions.0.text`); request models have no
    free-form objects."""
    if isinstance(value, str):
        if not is_clean(value):
            raise ValueError(MESSAGE)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            try:
                check(item)
            except ValueError:
                raise ValueError(f"{MESSAGE} (item {index})") from None
    return value


def bad_parameter(encoded: str, prefix: str) -> str | None:
    """The first parameter of a URL-encoded string (a query string or a form body) holding NUL,
    named as `prefix` + its name; None when all are clean. Percent-decoding turns invalid UTF-8
    into U+FFFD, so NUL (`%00`) is the only bad text one can carry."""
    if "%00" not in encoded and "\x00" not in encoded:
        return None
    for name, value in parse_qsl(encoded, keep_blank_values=True):
        if not (is_clean(name) and is_clean(value)):
            return prefix + name if is_clean(name) else (prefix.rstrip(".") or "body")
    return None
