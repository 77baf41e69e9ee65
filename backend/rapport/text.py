"""Text hygiene: the one rule every string the API accepts follows, wherever it comes from.

A NUL character cannot be stored in a Postgres text column, and an unpaired UTF-16 surrogate
(``\\ud8b0`` in JSON) is no character at all: it cannot be encoded as UTF-8 to be stored, sent
to a webhook or written to an export. Such text is **refused** (422 naming the field), never
silently stripped: a client learns at once that it sent something other than text, and what is
stored is exactly what was sent.

Used by every request model (:class:`rapport.schemas.RequestModel`, so bodies, imported rows and
restored archives), and by :class:`TextHygiene` for what no model sees: the path, the query
string and form fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rapport.errors import FieldError, problem_response

# NUL, and the surrogate code points (U+D800–U+DFFF): in a Python str decoded from JSON they are
# always unpaired (a valid pair decodes to one astral character).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
MESSAGE = "Text may not contain NUL characters or unpaired surrogates (\\u0000, \\ud800–\\udfff)."


def is_clean(text: str) -> bool:
    return _UNSTORABLE.search(text) is None


def printable(text: str) -> str:
    """The text with each unstorable character replaced by U+FFFD, to quote input in an answer."""
    return _UNSTORABLE.sub("\ufffd", text)


def unstorable_paths(value: Any, path: str = "") -> Iterator[str]:
    """The dotted paths (``""`` for the value itself) of every string in ``value`` that breaks
    the rule: keys and values of dicts, items of lists, nested to any depth. A path names a
    bad key by the place that holds it; long keys are cut, as answers quote them."""
    if isinstance(value, str):
        if not is_clean(value):
            yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and not is_clean(key):
                yield path
                continue
            name = str(key) if len(str(key)) <= 40 else str(key)[:40] + "…"
            yield from unstorable_paths(item, f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from unstorable_paths(item, f"{path}.{index}" if path else str(index))


def check(value: Any) -> Any:
    """The value unchanged, or ValueError naming where (below the field) the bad text is."""
    for path in unstorable_paths(value):
        raise ValueError(f"{MESSAGE} ({path})" if path else MESSAGE)
    return value


_FORM = "application/x-www-form-urlencoded"


class TextHygiene:
    """Refuse NUL and unpaired surrogates in the path, the query string and URL-encoded forms
    with a 422 problem naming the parameter, before any endpoint (or database) sees them.

    Percent-decoding turns invalid UTF-8 into U+FFFD, so only NUL (``%00``) can reach these."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        field = _bad_url_part(scope)
        if field is None and Headers(scope=scope).get("content-type", "").startswith(_FORM):
            try:
                body, receive = await _buffered(receive)
            except HTTPException as exc:  # the body limit, met while reading
                await problem_response(exc.status_code, str(exc.detail))(scope, receive, send)
                return
            field = _bad_pair(body.decode("latin-1"), "")
        if field is None:
            await self.app(scope, receive, send)
            return
        errors = [FieldError(field=field, message=MESSAGE)]
        response = problem_response(422, f"Some input is invalid: {field}.", errors=errors)
        await response(scope, receive, send)


def _bad_url_part(scope: Scope) -> str | None:
    if not is_clean(scope["path"]):
        return "path"
    return _bad_pair(scope.get("query_string", b"").decode("latin-1"), "query.")


def _bad_pair(encoded: str, prefix: str) -> str | None:
    """The first parameter of a URL-encoded string with bad text (``prefix`` + its name)."""
    if "%00" not in encoded and "\x00" not in encoded:
        return None
    for name, value in parse_qsl(encoded, keep_blank_values=True):
        if not (is_clean(name) and is_clean(value)):
            return prefix + name if is_clean(name) else (prefix.rstrip(".") or "body")
    return None


async def _buffered(receive: Receive) -> tuple[bytes, Receive]:
    """The whole body, and a `receive` that hands it on as if it had not been read."""
    chunks: list[bytes] = []
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return b"".join(chunks), replay
