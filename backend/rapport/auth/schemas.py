from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from rapport.accounts.schemas import MAX_PASSWORD, MeRead
from rapport.schemas import ReadModel, RequestModel


class LoginRequest(RequestModel):
    email: Annotated[str, Field(max_length=254, examples=["ada@university.edu"])]
    password: Annotated[str, Field(max_length=MAX_PASSWORD)]


class SessionRead(ReadModel):
    user: MeRead
    csrf_token: str = Field(
        description="Send back as the `X-CSRF-Token` header on every state-changing request made "
        "with the session cookie (also readable from the `rapport_csrf` cookie)."
    )
    expires_at: datetime


class OAuthToken(ReadModel):
    access_token: str
    token_type: str = Field(examples=["bearer"])
    expires_in: int = Field(description="Seconds until the token expires.")
    scope: str = Field(examples=["read write"])
