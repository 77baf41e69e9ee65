"""Liveness and readiness probes for load balancers and orchestrators (no auth)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

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
    try:
        async with request.app.state.db.async_engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise ServiceUnavailable("The database cannot be reached.") from None
    return HealthStatus(status="ready")
