"""The routes every kind of the caller's objects has, declared once; and lists under one object.

Contacts, questions, reminders, referrals, interviews, touches and webhooks are each
a collection of the caller's objects with the same routes: list a page (``GET``), create
(``POST`` → ``201`` with ``Location`` and ``ETag``), read one (``GET`` with ``ETag``), change one
(``PATCH``, ``If-Match`` honoured) and delete one (``DELETE`` → ``204``). A router declares its
collection and says, per route, which service function does the work and how the route is
documented; the HTTP shape lives here, so every collection answers alike::

    questions = Collection(router, "question", read=QuestionRead, row=QuestionRow,
                           owned=OwnedQuestion)
    questions.listing(questions_service.list_questions, summary="List the question bank")

A list under one object (a contact's touches, a share's comments) is declared with
:func:`pages`. A route that does more than this (a create that shows a secret once, an answer
with computed fields) is written out as a plain endpoint next to the declaration.

Service functions are called with keywords: ``list(session, user=, [filters=,] page=)``,
``create(session, user=, data=)``, ``update(session, <noun>=, data=)`` and
``delete(session, <noun>=)``, plus the extra dependencies a route ``needs``, by name. The
request body and the list filters are the types the service function declares for ``data`` and
``filters``: the service says what it takes, the route parses exactly that. Operation
ids (and so the generated clients' method names) are ``list_<noun>s``, ``create_<noun>``,
``get_<noun>``, ``update_<noun>`` and ``delete_<noun>``.
"""

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Annotated, Any, get_type_hints

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import API_PREFIX

Service = Callable[..., Any]


def _takes(service: Service, parameter: str, *, required: bool = True) -> Any:
    """The type ``service`` declares for ``parameter`` (None for a missing optional one)."""
    declared = get_type_hints(service).get(parameter)
    if declared is None and required:
        raise TypeError(f"{service.__qualname__} takes no `{parameter}`")
    return declared


def _add(
    router: APIRouter,
    route: tuple[str, str, str],
    parameters: Mapping[str, Any],
    body: Callable[[dict[str, Any]], Any],
    response_model: Any,
    docs: tuple[str, str],
    status_code: int | None = None,
    **options: Any,
) -> None:
    """Adds the route ``(method, path, name)``: an endpoint FastAPI reads like a hand-written
    one, whose ``parameters`` (name → annotation, dependencies as ``Annotated`` aliases, in this
    order) are its signature and whose ``body`` gets the solved arguments as a dict. ``docs``:
    its summary and description."""
    method, path, name = route

    def endpoint(**arguments: Any) -> Any:
        return body(arguments)

    endpoint.__name__ = endpoint.__qualname__ = name
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(parameter, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)
            for parameter, annotation in parameters.items()
        ]
    )
    summary, description = docs
    router.add_api_route(
        path,
        endpoint,
        methods=[method],
        name=name,
        response_model=response_model,
        status_code=status_code,
        summary=summary,
        description=inspect.cleandoc(description),
        **options,
    )


def pages(
    router: APIRouter,
    route: tuple[str, str],
    service: Service,
    *,
    read: type[BaseModel],
    under: tuple[str, Any],
    summary: str,
    description: str = "",
    **options: Any,
) -> None:
    """``GET`` ``route`` (path, name): one page of ``read`` under one object — the caller, a
    contact, a share… ``under`` names the parameter the service takes it as and the dependency
    that loads it (404 when it is not the caller's). The service is called as
    ``service(session, <under>=, [filters=,] page=)``; its ``filters`` type, when it has one, is
    the route's query. It answers rows (written to JSON once) or a ready ``Page``."""
    filters = _takes(service, "filters", required=False)
    parameters: dict[str, Any] = {}
    if filters is not None:
        parameters["filters"] = Annotated[filters, Query()]
    parameters |= {under[0]: under[1], "session": SessionDep, "page": PageDep}

    def body(arguments: dict[str, Any]) -> Any:
        result = service(arguments.pop("session"), **arguments)
        return result if isinstance(result, BaseModel) else answer_page(read, result)

    path, name = route
    docs = (summary, description)
    _add(router, ("GET", path, name), parameters, body, Page[read], docs, **options)  # type: ignore[valid-type]


class Collection:
    """The caller's objects of one kind, at ``{router prefix}{path}``; one object at
    ``{path}/{<noun>_id}``, loaded by the domain's ``row`` (reads) and ``owned`` (changes)
    dependencies."""

    def __init__(
        self,
        router: APIRouter,
        noun: str,
        *,
        read: type[BaseModel],
        row: Any,
        owned: Any,
        path: str = "",
        tags: list[str] | None = None,
    ) -> None:
        self.router = router
        self.noun = noun
        self.read = read
        self.row = row
        self.owned = owned
        self.path = path
        self.item_path = f"{path}/{{{noun}_id}}"
        self.tags = tags
        # :func:`_add` on this collection's router, with its tags.
        self._route = functools.partial(_add, router, tags=tags)

    def listing(self, service: Service, *, summary: str, description: str = "") -> None:
        """``GET {path}``: one page of the caller's objects, as the service orders them (and
        filters them, when it takes ``filters``: its fields are the query parameters)."""
        route = (self.path, f"list_{self.noun}s")
        pages(
            self.router,
            route,
            service,
            read=self.read,
            under=("user", CurrentUser),
            summary=summary,
            description=description,
            tags=self.tags,
        )

    def create(self, service: Service, *, summary: str, description: str = "") -> None:
        """``POST {path}``: ``201`` with the new object, its ``ETag`` and ``Location``."""
        read, location = self.read, f"{API_PREFIX}{self.router.prefix}{self.path}/"
        parameters = {"data": _takes(service, "data"), "user": CurrentUser, "session": SessionDep}

        def body(arguments: dict[str, Any]) -> BaseModel:
            response = arguments.pop("response")
            obj = service(arguments.pop("session"), **arguments)
            return created(response, read, obj, f"{location}{obj.id}")

        route = ("POST", self.path, f"create_{self.noun}")
        parameters |= {"response": Response}
        self._route(route, parameters, body, read, (summary, description), status.HTTP_201_CREATED)

    def get(self, *, summary: str, description: str = "") -> None:
        """``GET {path}/{id}``: one object with its ``ETag`` (404 when it is not the caller's)."""
        read, noun = self.read, self.noun

        def body(arguments: dict[str, Any]) -> Response:
            return answer_row(read, arguments[noun])

        route = ("GET", self.item_path, f"get_{noun}")
        self._route(route, {noun: self.row}, body, read, (summary, description))

    def update(
        self,
        service: Service,
        *,
        summary: str,
        description: str = "",
        needs: Mapping[str, Any] | None = None,
    ) -> None:
        """``PATCH {path}/{id}``: the service changes the object; the answer is the object as
        it is now, with its new ``ETag``. ``needs``: more dependencies for the service."""
        read, noun = self.read, self.noun
        parameters = {"data": _takes(service, "data"), noun: self.owned}
        parameters |= {**(needs or {}), "session": SessionDep, "response": Response}

        def body(arguments: dict[str, Any]) -> BaseModel:
            response = arguments.pop("response")
            service(arguments.pop("session"), **arguments)
            return answer(response, read, arguments[noun])

        route = ("PATCH", self.item_path, f"update_{noun}")
        self._route(route, parameters, body, read, (summary, description))

    def delete(self, service: Service, *, summary: str, description: str = "") -> None:
        """``DELETE {path}/{id}``: ``204``."""

        def body(arguments: dict[str, Any]) -> Response:
            service(arguments.pop("session"), **arguments)
            return Response(status_code=status.HTTP_204_NO_CONTENT)

        route = ("DELETE", self.item_path, f"delete_{self.noun}")
        parameters = {self.noun: self.owned, "session": SessionDep}
        self._route(
            route, parameters, body, None, (summary, description), status.HTTP_204_NO_CONTENT
        )
