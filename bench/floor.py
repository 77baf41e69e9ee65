"""The floor of `make bench`: the least the contact page, contact detail and dashboard can cost
in this stack. Each floor route runs **the endpoint's own SQL** through the bare driver and
writes the rows straight to JSON, so "x % of its floor" says how much of an endpoint's cost is
what the code adds on top of its queries and its answer.

Bench-only: ``bench/run.py`` serves the API with ``uvicorn floor:create_app --factory --app-dir
bench``, the real application (``rapport.main.create_app()``) plus three bare Starlette routes
under ``/floor/`` that mirror the API paths (``/floor/contacts``, ``/floor/contacts/{id}``,
``/floor/dashboard``). Nothing of this is in the ``rapport`` package: production never has these
routes, and ``openapi.json`` never lists them (they are not FastAPI routes).

What a floor request does is what its endpoint does at the SQL level: on one pooled connection
(psycopg's ``AsyncConnectionPool``, with the app's ``timezone=UTC``), in autocommit as the app's
reads run (no BEGIN and COMMIT, ``Database.read_sessions``), the caller lookup
(``auth.service._CALLER``, and its once-a-minute ``last_used_at`` update), then the endpoint's
statements with the same parameters. The statements are the app's own statement objects compiled
once, at start-up, with SQLAlchemy's psycopg dialect, so the floor follows the code; a statement
whose parameters change stops the start-up rather than measuring something else.
``bench/run.py`` checks that each floor sends the same SQL text as its endpoint and answers the
same JSON before it measures anything.

What the floor leaves out is everything between the request and the driver: FastAPI's
dependencies and validation, SQLAlchemy's execution and result machinery, the route class's
greenlets and pydantic.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastapi import FastAPI
from psycopg import AsyncConnection
from psycopg.rows import TupleRow
from psycopg_pool import AsyncConnectionPool
from rapport.auth import service as auth_service
from rapport.auth.models import TokenKind
from rapport.config import Settings, get_settings
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Contact
from rapport.contacts.schemas import ContactRead, ContactSort
from rapport.dashboard import service as dashboard_service
from rapport.db import utcnow
from rapport.main import create_app as create_api
from rapport.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, encode_cursor
from sqlalchemy import bindparam, select
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.engine import make_url
from sqlalchemy.sql import Executable
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

PREFIX = "/floor"
JSON = "application/json"
# Per worker. On 2 cores a few connections keep the CPU busy: 4, 8 and 16 gave the same CPU per
# request and req/s within the noise at c=16 and c=64 (the app itself measured no difference
# between 5+5 and 20+20, bench/README.md). A small pool keeps the floor's connections, which
# stay open while the real endpoints are measured, from adding more than 8 to the app's 64 at
# c=64 (Postgres allows 100, shared with everything else on the machine).
POOL_SIZE = 4
POOL_MAX_IDLE_S = 5.0

_DIALECT = PGDialect_psycopg()


@dataclass(frozen=True)
class Sql:
    """A statement as the app sends it: its text, the values written into it (``constants``)
    and, for each other parameter, the name of the request value it takes (``takes``)."""

    text: str
    takes: Mapping[str, str]
    constants: Mapping[str, Any] = field(default_factory=dict)

    def parameters(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return {**self.constants, **{name: values[value] for name, value in self.takes.items()}}


def compiled(statement: Executable, *parameters: str) -> Sql:
    """The app's statement object as its psycopg dialect writes it. ``parameters`` are the
    values the endpoint passes it, and must be all it takes (the values written into it are
    bound once, as the dialect binds them): a statement that gained a parameter since (the
    code changed under the floor) stops the start-up instead of being run wrongly."""
    sql = statement.compile(dialect=_DIALECT)
    takes = {name for name in sql.params if sql.binds[name].required}
    if takes != set(parameters):
        raise RuntimeError(
            f"the floor passes {sorted(parameters)}, the statement takes {sorted(takes)}: "
            "follow the change in bench/floor.py"
        )
    constants = {}
    for name, value in sql.params.items():
        if name not in takes:
            bind = sql.binds[name].type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            constants[name] = value if bind is None else bind(value)
    return Sql(sql.string, {name: name for name in parameters}, constants)


# --- the statements ---------------------------------------------------------------------------

CALLER = compiled(auth_service._CALLER, "token_hash")
TOUCH_TOKEN = compiled(auth_service._TOUCH_TOKEN, "token_id", "now")
_CALLER_COLUMN = {name: i for i, name in enumerate(auth_service._CALLER.selected_columns.keys())}

# As `resources.owned_row` builds it for `contacts.dependencies.ContactRow`.
CONTACT = compiled(
    select(*contacts_service.READ_COLUMNS).where(
        Contact.id == bindparam("object_id"), Contact.user_id == bindparam("user_id")
    ),
    "object_id",
    "user_id",
)
# The first page of `GET /contacts` (no filter, no cursor), as `Listing.page` runs it.
CONTACT_LISTING = contacts_service.LISTINGS[ContactSort.name]
CONTACT_PAGE = compiled(
    CONTACT_LISTING._built("postgresql", frozenset(), False), "user_id", "_limit"
)
CONTACT_FIELDS = tuple(ContactRead.model_fields)


# The dashboard's two statements, and the values each takes (`dashboard_service.parameters`).
DASHBOARD_NUMBERS = compiled(
    dashboard_service.NUMBERS,
    "user_id",
    *(f"week_{i}" for i in range(dashboard_service.WEEKS + 1)),
)
DASHBOARD_LISTS = compiled(
    dashboard_service.LISTS, "user_id", "now", "start_of_today", "upcoming_end", "due_end"
)


# --- the routes -------------------------------------------------------------------------------


def _json(document: Any, headers: Mapping[str, str] | None = None, status: int = 200) -> Response:
    body = orjson.dumps(document, option=orjson.OPT_UTC_Z)
    return Response(body, status_code=status, media_type=JSON, headers=headers)


def _refused(status: int, detail: str) -> Response:
    return _json({"status": status, "detail": detail}, status=status)


def _named(names: Sequence[str], rows: Sequence[TupleRow]) -> list[dict[str, Any]]:
    return [dict(zip(names, row, strict=False)) for row in rows]


@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    timezone: str


class Floor:
    """The floor routes of one server process, on their own connection pool."""

    def __init__(
        self, settings: Settings, connection_class: type[AsyncConnection[TupleRow]]
    ) -> None:
        url = make_url(settings.resolved_database_url)
        if url.get_backend_name() != "postgresql":
            raise RuntimeError("the floor runs on Postgres only (psycopg)")
        self.pool: AsyncConnectionPool[AsyncConnection[TupleRow]] = AsyncConnectionPool(
            url.set(drivername="postgresql").render_as_string(hide_password=False),
            connection_class=connection_class,
            kwargs={"options": "-c timezone=UTC", "connect_timeout": 5, "autocommit": True},
            min_size=2,
            max_size=POOL_SIZE,
            max_idle=POOL_MAX_IDLE_S,
            open=False,
            name="floor",
        )

    def routes(self) -> list[Route]:
        return [
            Route(f"{PREFIX}/contacts", self.contact_page, methods=["GET"]),
            Route(f"{PREFIX}/contacts/{{contact_id:uuid}}", self.contact, methods=["GET"]),
            Route(f"{PREFIX}/dashboard", self.dashboard, methods=["GET"]),
        ]

    async def contact(self, request: Request) -> Response:
        async with self.pool.connection() as connection:
            caller = await find_caller(connection, request)
            if caller is None:
                return _refused(401, "unknown token")
            values = {"object_id": request.path_params["contact_id"], "user_id": caller.user_id}
            cursor = await connection.execute(CONTACT.text, CONTACT.parameters(values))
            row = await cursor.fetchone()
        if row is None:
            return _refused(404, "No contact with this id.")
        return _json(dict(zip(CONTACT_FIELDS, row, strict=False)), {"ETag": f'"{row[-1]}"'})

    async def contact_page(self, request: Request) -> Response:
        if "cursor" in request.query_params:
            return _refused(400, "the floor serves first pages only")
        limit = int(request.query_params.get("limit", DEFAULT_PAGE_SIZE))
        if not 1 <= limit <= MAX_PAGE_SIZE:
            return _refused(422, f"limit is 1–{MAX_PAGE_SIZE}")
        async with self.pool.connection() as connection:
            caller = await find_caller(connection, request)
            if caller is None:
                return _refused(401, "unknown token")
            values = {"user_id": caller.user_id, "_limit": limit + 1}
            cursor = await connection.execute(CONTACT_PAGE.text, CONTACT_PAGE.parameters(values))
            rows = await cursor.fetchall()
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            keys = len(CONTACT_LISTING.keys)
            next_cursor = encode_cursor(CONTACT_LISTING.sort, list(rows[-1][-keys:]))
        return _json({"items": _named(CONTACT_FIELDS, rows), "next_cursor": next_cursor})

    async def dashboard(self, request: Request) -> Response:
        async with self.pool.connection() as connection:
            caller = await find_caller(connection, request)
            if caller is None:
                return _refused(401, "unknown token")
            now = utcnow()
            values, today, mondays = dashboard_service.parameters(
                caller.user_id, caller.timezone, now
            )
            cursor = await connection.execute(
                DASHBOARD_NUMBERS.text, DASHBOARD_NUMBERS.parameters(values)
            )
            numbers = await cursor.fetchone()
            assert numbers is not None
            lists = await connection.execute(
                DASHBOARD_LISTS.text, DASHBOARD_LISTS.parameters(values)
            )
            rows = await lists.fetchall()
        # The same plain Python the endpoint runs on its rows (no pydantic, no SQLAlchemy).
        answer = dashboard_service.assemble(caller.timezone, now, today, mondays, numbers, rows)
        return _json(answer)


async def find_caller(connection: AsyncConnection[TupleRow], request: Request) -> Caller | None:
    """The bearer token's user, as ``auth_service.find_caller`` finds it (with its
    once-a-minute ``last_used_at`` update)."""
    scheme, _, raw = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        return None
    token_hash = auth_service.hash_secret(raw.strip())
    cursor = await connection.execute(CALLER.text, CALLER.parameters({"token_hash": token_hash}))
    row = await cursor.fetchone()
    now = utcnow()
    if row is None or row[_CALLER_COLUMN["kind"]] == TokenKind.session.value:
        return None
    expires_at = row[_CALLER_COLUMN["expires_at"]]
    last_used_at = row[_CALLER_COLUMN["last_used_at"]]
    if expires_at is not None and expires_at <= now:
        return None
    if last_used_at is None or now - last_used_at > auth_service.LAST_USED_RESOLUTION:
        values = {"token_id": row[_CALLER_COLUMN["id"]], "now": now}
        await connection.execute(TOUCH_TOKEN.text, TOUCH_TOKEN.parameters(values))
    return Caller(row[_CALLER_COLUMN["user_id"]], row[_CALLER_COLUMN["user_timezone"]])


# --- the application --------------------------------------------------------------------------


def create_app(
    settings: Settings | None = None,
    *,
    connection_class: type[AsyncConnection[TupleRow]] = AsyncConnection,
) -> FastAPI:
    """The real application plus the floor routes (``uvicorn floor:create_app --factory``).

    The floor routes go after the API's and before the dashboard's catch-all mount, so the real
    endpoints match exactly as they do in production."""
    settings = settings or get_settings()
    app = create_api(settings)
    floor = Floor(settings, connection_class)
    routes = app.router.routes
    first_mount = next((i for i, r in enumerate(routes) if isinstance(r, Mount)), len(routes))
    routes[first_mount:first_mount] = floor.routes()
    api_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[Any]:
        await floor.pool.open(wait=True)
        try:
            async with api_lifespan(app) as state:
                yield state
        finally:
            await floor.pool.close()

    app.router.lifespan_context = lifespan
    return app
