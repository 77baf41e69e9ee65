from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.questions import service as questions_service
from rapport.questions.models import Question
from rapport.resources import owned, owned_row

OwnedQuestion = Annotated[Question, owned(Question, path="question_id", label="question")]
QuestionRow = Annotated[
    Row, owned_row(Question, questions_service.READ_COLUMNS, path="question_id", label="question")
]
