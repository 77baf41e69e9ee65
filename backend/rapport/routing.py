"""The route class every API router uses: one database transaction per write, none for a read.

The session is opened before the endpoint runs and committed after its answer is ready but
**before** it is sent, so a client that got ``201`` never loses its object; any error answer
rolls everything back, so a rejected request changes nothing. Create requests (``POST`` answering
``201``) also honour ``Idempotency-Key``: the answer is saved in the same transaction and
replayed on retry.

Endpoints and services are plain synchronous code on a ``Session`` whose engine runs the asyncio
driver (``Database.request_sessions``): the route class runs each endpoint inside a greenlet on
the event loop (SQLAlchemy's own asyncio bridge, ``greenlet_spawn``), where every database call
waits on the loop. No request hops to a thread (each hop cost a queue hand-off and two GIL
switches, a large share of a fast request; see bench/README.md). Reads (``GET``) commit in the
same greenlet; writes commit only once their answer is built.

A read runs without a transaction (``Database.read_sessions``): at READ COMMITTED each statement
sees its own snapshot either way, and ``BEGIN`` and ``COMMIT`` would be two more round trips. The
caller's once-a-minute ``last_used_at`` stamp then commits on its own, which is what it records.
A router whose reads write rows that must go or stay with the answer (a counselor's access log)
says so (``api_router(reads_write=True)``) and keeps the transaction.
"""

from __future__ import annotations

import email.message
import functools
import inspect
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, ClassVar

from fastapi import APIRouter, Depends, params, status
from fastapi.routing import APIRoute
from fastapi.types import DecoratedCallable
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.util import greenlet_spawn
from starlette.requests import Request
from starlette.responses import Response

from rapport.auth.dependencies import authenticate, idempotency_owner
from rapport.errors import Problem, UnsupportedMediaType
from rapport.idempotency import service as idempotency
from rapport.resources import check_if_match_format

API_PREFIX = "/api/v1"
Handler = Callable[[Request], Coroutine[Any, Any, Response]]
SECRET_FIELDS = frozenset({"token", "secret"})
READ_METHODS = frozenset({"GET", "HEAD"})


@dataclass
class _Transaction:
    session: Session
    committed: bool = False


_transaction: ContextVar[_Transaction | None] = ContextVar("rapport_transaction", default=None)


def _finish(session: Session, commit: bool) -> None:
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    finally:
        session.close()


def _require_json(request: Request) -> None:
    content_type = request.headers.get("content-type")
    has_body = request.headers.get("content-length", "0") != "0" or (
        "transfer-encoding" in request.headers
    )
    if not has_body or content_type is None:
        return
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    if message.get_content_maintype() != "application" or not (
        subtype == "json" or subtype.endswith("+json")
    ):
        raise UnsupportedMediaType("Send the body as JSON (Content-Type: application/json).")


def _answers_an_error(result: Any, arguments: dict[str, Any]) -> bool:
    """The endpoint answered 4xx/5xx without raising (a returned or injected response)."""
    responses = [result, *arguments.values()]
    return any(isinstance(r, Response) and (r.status_code or 0) >= 400 for r in responses)


def _in_greenlet(endpoint: Callable[..., Any], *, commits: bool) -> Callable[..., Any]:
    """The sync endpoint as a coroutine that runs it in one greenlet on the event loop.

    FastAPI would otherwise send it (and the answer's validation) to the thread pool; for reads
    the same greenlet commits. The signature, name and docs stay the endpoint's
    (``functools.wraps``), so parameters and the OpenAPI document are unchanged."""

    @functools.wraps(endpoint)
    async def run(**arguments: Any) -> Any:
        transaction = _transaction.get()

        def call() -> Any:
            result = endpoint(**arguments)
            if commits and transaction is not None and not _answers_an_error(result, arguments):
                transaction.session.commit()
                transaction.committed = True
            return result

        return await greenlet_spawn(call)

    return run


class RapportRoute(APIRoute):
    reads_write: ClassVar[bool] = False  # see the module's docstring

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        if not inspect.iscoroutinefunction(endpoint):
            methods = {method.upper() for method in kwargs.get("methods") or ()}
            endpoint = _in_greenlet(endpoint, commits=bool(methods) and methods <= READ_METHODS)
        super().__init__(path, endpoint, **kwargs)

    def get_route_handler(self) -> Handler:
        handler = super().get_route_handler()
        expects_json = self.body_field is not None and not isinstance(
            self.body_field.field_info, params.Form
        )
        # A write, or a read of a router whose reads write, runs in one transaction.
        transactional = self.reads_write or not (self.methods or set()) <= READ_METHODS
        creates = "POST" in (self.methods or ()) and self.status_code == 201
        # A secret shown once (a new token, a webhook's signing secret) is never kept at rest, so
        # a retry of such a create is refused rather than replayed (see `_idempotent`).
        reveals_secret = bool(
            SECRET_FIELDS & set(getattr(self.response_model, "model_fields", None) or ())
        )

        async def route_handler(request: Request) -> Response:
            if expects_json:
                _require_json(request)
            check_if_match_format(request)
            db = request.app.state.db
            session: Session = db.request_sessions() if transactional else db.read_sessions()
            request.state.session = session
            transaction = _Transaction(session)
            _transaction.set(transaction)
            try:
                key = request.headers.get(idempotency.HEADER) if creates else None
                if key is not None:
                    return await _idempotent(request, session, handler, key, reveals_secret)
                response = await handler(request)
                if transaction.committed and response.status_code < 400:
                    # Committed with the endpoint: closing only returns the connection.
                    await greenlet_spawn(session.close)
                else:
                    await greenlet_spawn(_finish, session, response.status_code < 400)
                return response
            except BaseException:
                await greenlet_spawn(_finish, session, False)
                raise

        return route_handler


async def _idempotent(
    request: Request, session: Session, handler: Handler, key: str, reveals_secret: bool
) -> Response:
    idempotency.validate_key(key)
    fingerprint = idempotency.request_fingerprint(request, await request.body())
    settings = request.app.state.settings
    try:
        owner = await greenlet_spawn(idempotency_owner, request, session, settings, key)
    except Problem:
        owner = None  # let the endpoint's own guard answer 401 (or 403)
    if owner is None:
        response = await handler(request)
        await greenlet_spawn(_finish, session, response.status_code < 400)
        return response

    user_id, key = owner
    record = await greenlet_spawn(idempotency.find, session, user_id=user_id, key=key)
    if record is not None:
        response = idempotency.replay(record, fingerprint, reveals_secret=reveals_secret)
        await greenlet_spawn(_finish, session, False)
        return response

    try:
        response = await handler(request)
    except (StaleDataError, IntegrityError):
        # A concurrent duplicate changed the same rows first (e.g. both touches update their
        # contact): if it has committed under this key, answer what it answered.
        def replay_winner() -> Response | None:
            session.rollback()
            earlier = idempotency.find(session, user_id=user_id, key=key)
            return (
                None
                if earlier is None
                else idempotency.replay(earlier, fingerprint, reveals_secret=reveals_secret)
            )

        replayed = await greenlet_spawn(replay_winner)
        if replayed is None:
            raise
        await greenlet_spawn(_finish, session, False)
        return replayed
    if response.status_code >= 300:
        await greenlet_spawn(_finish, session, False)
        return response

    def save_and_commit() -> Response:
        idempotency.remember(
            session,
            user_id=user_id,
            key=key,
            fingerprint=fingerprint,
            response=response,
            keep_hours=settings.idempotency_key_hours,
            keep_body=not reveals_secret,
        )
        try:
            session.commit()
            return response
        except IntegrityError:
            # A concurrent retry with the same key committed first: drop our work, replay its.
            session.rollback()
            earlier = idempotency.find(session, user_id=user_id, key=key)
            if earlier is None:
                raise
            return idempotency.replay(earlier, fingerprint, reveals_secret=reveals_secret)
        finally:
            session.close()

    return await greenlet_spawn(save_and_commit)


class RapportRouter(APIRouter):
    def creates(
        self, path: str, response_model: Any, **options: Any
    ) -> Callable[[DecoratedCallable], DecoratedCallable]:
        """A route that creates something: ``POST`` answering ``201`` with the new object (and
        its ``Location``), replayed on a retry with the same ``Idempotency-Key``."""
        return self.post(
            path, status_code=status.HTTP_201_CREATED, response_model=response_model, **options
        )


class _WritingReadRoute(RapportRoute):
    reads_write = True


def api_router(
    *,
    prefix: str = "",
    tag: str | None = None,
    guard: Callable[..., Any] | None = authenticate,
    reads_write: bool = False,
) -> RapportRouter:
    """A router of the API: one transaction per write (:class:`RapportRoute`), and every route
    behind `guard` — the caller's credentials (`authenticate`) unless said otherwise: a
    counselor's (`authenticate_viewer`), or none for the few public routes (`guard=None`).
    `reads_write`: its reads write too, in one transaction with the answer (see above)."""
    return RapportRouter(
        prefix=prefix,
        tags=[tag] if tag else None,
        route_class=_WritingReadRoute if reads_write else RapportRoute,
        dependencies=[Depends(guard)] if guard else None,
    )
