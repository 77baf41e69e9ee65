from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.interviews.models import Interview
from rapport.resources import get_owned


def owned_interview(
    interview_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Interview:
    return get_owned(
        session, Interview, interview_id, user_id=user.id, label="interview", request=request
    )


OwnedInterview = Annotated[Interview, Depends(owned_interview)]
