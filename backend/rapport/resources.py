"""Loading a user's object by id (404 when it is not theirs) and its ETag (412 when stale).

Each domain declares one dependency for its path id with :func:`owned`, so ownership and
``If-Match`` are enforced in one place per domain and no route can forget them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol, TypeVar

from fastapi import Depends, Path
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, bindparam, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.util import greenlet_spawn
from starlette.requests import Request
from starlette.responses import Response

from rapport.accounts.models import User
from rapport.auth.dependencies import current_user
from rapport.errors import Invalid, NotFound, PreconditionFailed
from rapport.reads import as_answer, document_json, page_json, row_json

CONDITIONAL_METHODS = frozenset({"PATCH", "PUT", "DELETE"})
JSON = "application/json"

# RFC 9110 §13.1.1: `*`, or a comma-separated list of entity tags (`"…"` or `W/"…"`).
_ENTITY_TAG = r'(W/)?"[\x21\x23-\x7e]*"'
IF_MATCH_PATTERN = rf"^(\*|{_ENTITY_TAG}([ \t]*,[ \t]*{_ENTITY_TAG})*)$"
IF_MATCH_MAX_LENGTH = 200
_IF_MATCH = re.compile(IF_MATCH_PATTERN)


def check_if_match_format(request: Request) -> None:
    """A malformed `If-Match` is invalid input (422), never a failed precondition (412)."""
    header = request.headers.get("if-match")
    if header is not None and (
        len(header) > IF_MATCH_MAX_LENGTH or _IF_MATCH.fullmatch(header) is None
    ):
        raise Invalid(
            f"If-Match must be `*` or ETags as sent in `ETag` (at most {IF_MATCH_MAX_LENGTH} "
            'characters), e.g. `"3"`.',
            field="header.If-Match",
        )


class Owned(Protocol):
    id: Any
    user_id: Any
    version: Any


T = TypeVar("T", bound=Owned)
M = TypeVar("M", bound=BaseModel)


def etag(obj: Owned) -> str:
    return f'"{obj.version}"'


def set_etag(response: Response, obj: Owned) -> None:
    response.headers["ETag"] = etag(obj)


def answer(response: Response, read: type[M], obj: Any) -> M:
    """One object's answer (a row of ``reads.columns_of``, or the ORM object just changed),
    validated once into ``read``, with its ETag."""
    set_etag(response, obj)
    return as_answer(read, obj)


def answer_row(read: type[BaseModel], row: Row[Any]) -> Response:
    """The answer to reading one object: its row (``reads.columns_of``) as JSON, with its ETag."""
    return Response(row_json(read, row), media_type=JSON, headers={"ETag": f'"{row.version}"'})


def answer_page(read: type[BaseModel], page: tuple[Sequence[Any], str | None]) -> Response:
    """The answer to a list: one page of rows (``pagination.Listing``) as JSON."""
    rows, next_cursor = page
    return Response(page_json(read, rows, next_cursor), media_type=JSON)


def answer_document(document: dict[str, Any]) -> Response:
    """An answer assembled from plain values of its schema's types (the dashboard, an import's
    report: the route's ``response_model``), written to JSON once."""
    return Response(document_json(document), media_type=JSON)


def created(response: Response, read: type[M], obj: Any, location: str) -> M:
    """The answer to a create: :func:`answer` plus where the new object lives."""
    response.headers["Location"] = location
    return answer(response, read, obj)


def check_if_match(request: Request, obj: Owned) -> None:
    header = request.headers.get("if-match")
    if header is None:
        return
    offered = {tag.strip() for tag in header.split(",")}
    if "*" not in offered and etag(obj) not in offered:
        raise PreconditionFailed(
            "Someone else changed this since you loaded it; reload to see their change."
        )


@cache
def _owned_statement(model: type[Any]) -> Select[Any]:
    # One statement per model, built once: every detail request runs it (building it anew costs
    # about as much CPU as running it).
    return select(model).where(
        model.id == bindparam("object_id"), model.user_id == bindparam("user_id")
    )


def get_owned(
    session: Session,
    model: type[T],
    object_id: uuid.UUID,
    *,
    user_id: uuid.UUID,
    label: str,
    request: Request | None = None,
) -> T:
    """The user's object with this id, or 404 — the same answer for missing and not-yours."""
    obj = session.scalars(
        _owned_statement(model), {"object_id": object_id, "user_id": user_id}
    ).one_or_none()
    if obj is None:
        raise NotFound(f"No {label} with this id.")
    if request is not None and request.method in CONDITIONAL_METHODS:
        check_if_match(request, obj)
    return obj


async def _caller_and_session(request: Request) -> tuple[User, Session]:
    """The caller (found by the router's guard) and the request's session. Read from the request
    rather than declared as `CurrentUser` and `SessionDep`: FastAPI solves every dependency's
    tree on every request, and these loaders run on every request for one object."""
    user = await current_user(request)
    session: Session = request.state.session
    return user, session


def owned(model: type[T], *, path: str, label: str) -> Any:
    """The dependency that loads the caller's ``model`` named by the path parameter ``path``
    (404 for a missing object and for another user's alike; ``If-Match`` checked on changes).
    A domain declares it once: ``OwnedContact = Annotated[Contact, owned(Contact, …)]``."""

    async def load(
        request: Request,
        object_id: uuid.UUID = Path(alias=path),  # a default: the alias is not in module scope
    ) -> T:
        user, session = await _caller_and_session(request)
        return await greenlet_spawn(
            get_owned, session, model, object_id, user_id=user.id, label=label, request=request
        )

    return Depends(load)


def owned_row(model: Any, columns: tuple[ColumnElement[Any], ...], *, path: str, label: str) -> Any:
    """Like :func:`owned`, for reading: the caller's object as a row of ``columns`` (see
    ``reads.columns_of``), or 404."""
    statement = select(*columns).where(
        model.id == bindparam("object_id"), model.user_id == bindparam("user_id")
    )

    def read(session: Session, object_id: uuid.UUID, user_id: uuid.UUID) -> Row[Any]:
        parameters = {"object_id": object_id, "user_id": user_id}
        row = session.connection().execute(statement, parameters).first()
        if row is None:
            raise NotFound(f"No {label} with this id.")
        return row

    async def load(
        request: Request,
        object_id: uuid.UUID = Path(alias=path),  # a default: the alias is not in module scope
    ) -> Row[Any]:
        user, session = await _caller_and_session(request)
        return await greenlet_spawn(read, session, object_id, user.id)

    return Depends(load)
