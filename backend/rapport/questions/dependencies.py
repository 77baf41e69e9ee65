from __future__ import annotations

from typing import Annotated

from rapport.questions.models import Question
from rapport.resources import owned

OwnedQuestion = Annotated[Question, owned(Question, path="question_id", label="question")]
