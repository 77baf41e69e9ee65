"""RFC 9457 problem details: one error shape for every failure, documented in OpenAPI.

Services raise :class:`Problem` subclasses; the handlers below turn them (and FastAPI's,
Starlette's and the database's own errors) into ``application/problem+json``. No handler ever
puts a traceback or an internal message in the body.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request, routing
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import compile_path

from rapport import text

logger = logging.getLogger("rapport.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:rapport:problem:"


class FieldError(BaseModel):
    field: str = Field(
        description="Dotted path of the failing input, e.g. `full_name` or `query.limit`."
    )
    message: str


class ProblemDetails(BaseModel):
    """An RFC 9457 problem. `type` identifies the kind of problem; `detail` explains this one."""

    type: str = Field(examples=["urn:rapport:problem:not-found"])
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["No contact with this id."])
    errors: list[FieldError] | None = Field(
        default=None, description="Present on validation problems: one entry per failing field."
    )


# The type (after PROBLEM_TYPE_BASE) and the title of a problem answer, by its status: one for
# each status, whichever answers it (a Problem below, the framework, a handler).
PROBLEMS: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Authentication required"),
    403: ("forbidden", "Forbidden"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    409: ("conflict", "Conflict"),
    412: ("precondition-failed", "Changed by someone else"),
    413: ("payload-too-large", "Request too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("validation-error", "Invalid input"),
    429: ("too-many-requests", "Too many requests"),
    500: ("internal-error", "Internal server error"),
    503: ("service-unavailable", "Service unavailable"),
}


class Problem(Exception):
    """An error to show the client as problem+json. A subclass fixes the status (its type and
    title are the status's in :data:`PROBLEMS`)."""

    status = 400

    def __init__(
        self,
        detail: str,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = list(errors) if errors else None
        self.headers = headers or {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.status not in PROBLEMS:
            raise TypeError(f"{cls.__name__}: status {cls.status} has no type and title")


class NotFound(Problem):
    status = 404


class Unauthorized(Problem):
    status = 401

    def __init__(self, detail: str = "Sign in, or send a valid bearer token.") -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(Problem):
    status = 403


class Conflict(Problem):
    status = 409


class PreconditionFailed(Problem):
    status = 412


class PayloadTooLarge(Problem):
    status = 413


class UnsupportedMediaType(Problem):
    status = 415


class Invalid(Problem):
    """A request that is well-formed but breaks a rule (422), optionally naming the field."""

    status = 422

    def __init__(self, detail: str, *, field: str | None = None, **kwargs: Any) -> None:
        errors = [FieldError(field=field, message=detail)] if field else kwargs.pop("errors", None)
        super().__init__(detail, errors=errors, **kwargs)


class TooManyRequests(Problem):
    status = 429

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class ServiceUnavailable(Problem):
    status = 503

    def __init__(self, detail: str, *, retry_after: int = 5) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})


def problem_response(
    status: int,
    detail: str,
    *,
    errors: Sequence[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    slug, title = PROBLEMS.get(status, ("http-error", "Error"))
    body = ProblemDetails(
        type=PROBLEM_TYPE_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        errors=list(errors) if errors else None,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


def _field_path(loc: Sequence[Any]) -> str:
    parts = [str(part) for part in loc]
    if parts and parts[0] == "body":
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_errors(raw: Sequence[Any]) -> list[FieldError]:
    errors = []
    for error in raw:
        message = str(error.get("msg", "Invalid value"))
        if error.get("type") == "json_invalid":
            message = "The body is not valid JSON."
        # A field path can hold keys the client sent: never echo NUL or lone surrogates.
        field = text.printable(_field_path(error.get("loc", ())))
        errors.append(FieldError(field=field, message=text.printable(message)))
    return errors


async def _handle_problem(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return problem_response(exc.status, exc.detail, errors=exc.errors, headers=exc.headers)


async def _handle_validation(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc.errors())
    fields = ", ".join(dict.fromkeys(error.field for error in errors))
    return problem_response(422, f"Some input is invalid: {fields}.", errors=errors)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette lists only the first match's)."""
    methods: set[str] = set()
    for context in routing.iter_route_contexts(request.app.routes):
        if context.path and context.methods:
            regex, _, _ = compile_path(context.path)
            if regex.match(request.scope["path"]):
                methods |= context.methods
    return ", ".join(sorted(methods))


async def _handle_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400:
        # Only the framework raises HTTPException(400), for a body it cannot decode (JSON that is
        # not UTF-8, broken multipart data): invalid input like any other, so 422.
        form = request.headers.get("content-type", "").startswith(("multipart/", "application/x-"))
        message = "The body is not valid form data." if form else "The body is not valid JSON."
        return problem_response(422, message, errors=[FieldError(field="body", message=message)])
    detail = (
        exc.detail
        if isinstance(exc.detail, str)
        else PROBLEMS.get(exc.status_code, ("", "Error"))[1]
    )
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    return problem_response(exc.status_code, detail, headers=headers or None)


async def _handle_stale(_request: Request, _exc: Exception) -> Response:
    return problem_response(
        409, "This object was changed by another request at the same moment; reload it and retry."
    )


# SQLite reports SQL mistakes (no such table, syntax) as OperationalError too; only these of its
# operational errors mean "busy or unreachable, retry".
_SQLITE_UNAVAILABLE = ("database is locked", "unable to open database", "disk i/o error")


def _unavailable(exc: Exception) -> bool:
    if isinstance(exc, PoolTimeoutError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    if type(exc.orig).__module__.startswith("sqlite3"):
        return str(exc.orig).lower().startswith(_SQLITE_UNAVAILABLE)
    return True


async def _handle_database(_request: Request, exc: Exception) -> Response:
    # Connection-level failures mean the database is down or restarting: tell the client to
    # retry (503) rather than blaming it. Anything else is a bug and is logged as one.
    if _unavailable(exc):
        logger.warning("database unavailable: %s", exc.__class__.__name__)
        return problem_response(
            503,
            "The database is unavailable; retry in a few seconds.",
            headers={"Retry-After": "5"},
        )
    logger.exception("database error", exc_info=exc)
    return problem_response(500, "Something went wrong on our side; it has been logged.")


# Starlette runs the catch-all handler outside every middleware, so it sets what SecurityHeaders
# would have: an error page must not be cached or sniffed either.
_LAST_RESORT_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


async def _handle_unexpected(_request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error", exc_info=exc)
    return problem_response(
        500,
        "Something went wrong on our side; it has been logged.",
        headers=_LAST_RESORT_HEADERS,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _handle_problem)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StarletteHTTPException, _handle_http)
    app.add_exception_handler(StaleDataError, _handle_stale)
    app.add_exception_handler(DBAPIError, _handle_database)
    app.add_exception_handler(PoolTimeoutError, _handle_database)
    app.add_exception_handler(Exception, _handle_unexpected)
