from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from rapport.accounts.schemas import MAX_PASSWORD, MeRead, Password
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


class PasswordResetRequest(RequestModel):
    email: Annotated[str, Field(max_length=254, examples=["ada@university.edu"])]


class PasswordResetRequested(ReadModel):
    email_enabled: bool = Field(
        description="Whether this server sends e-mail at all. When false, no link was sent: "
        "whoever runs the server sets a new password with `rapport user set-password`."
    )


class PasswordResetConfirm(RequestModel):
    token: Annotated[str, Field(max_length=200, description="The secret after `#` in the link.")]
    new_password: Password
