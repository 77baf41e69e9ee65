"""Liveness and readiness probes for load balancers and orchestrators (no auth)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from rapport.errors import ServiceUnavailable

router = APIRouter(tags=["health"])


class HealthStatus(BaseModel):
    status: str


@router.get("/healthz", response_model=HealthStatus, summary="The process is alive")
async def health() -> HealthStatus:
    """Answers without touching the database, so it stays 200 while the database is down."""
    return HealthStatus(status="ok")


@router.get(
    "/readyz",
    response_model=HealthStatus,
    summary="The database is reachable",
    responses={503: {"description": "The database cannot be reached."}},
)
async def ready(request: Request) -> HealthStatus:
    def ping() -> None:
        with request.app.state.db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    try:
        await run_in_threadpool(ping)
    except SQLAlchemyError:
        raise ServiceUnavailable("The database cannot be reached.") from None
    return HealthStatus(status="ready")
