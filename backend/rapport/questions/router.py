"""`/questions`: the personal question bank."""

from __future__ import annotations

from rapport.collection import Collection
from rapport.questions import service as questions_service
from rapport.questions.dependencies import OwnedQuestion, QuestionRow
from rapport.questions.schemas import QuestionRead
from rapport.routing import api_router

router = api_router(prefix="/questions", tag="questions")
questions = Collection(router, "question", read=QuestionRead, row=QuestionRow, owned=OwnedQuestion)

questions.listing(
    questions_service.list_questions,
    summary="List the question bank",
    description="Ordered by category (A–Z), then priority (5 first).",
)
questions.create(questions_service.create_question, summary="Add a question to the bank")
questions.get(summary="One question")
questions.update(questions_service.update_question, summary="Change or archive a question")
questions.delete(
    questions_service.delete_question,
    summary="Delete a question",
    description="Interviews that used it keep their own copy of the text.",
)
