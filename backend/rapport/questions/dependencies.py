from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.questions.models import Question
from rapport.resources import get_owned


def owned_question(
    question_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Question:
    return get_owned(
        session, Question, question_id, user_id=user.id, label="question", request=request
    )


OwnedQuestion = Annotated[Question, Depends(owned_question)]
