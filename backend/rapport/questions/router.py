"""`/questions`: the personal question bank."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.questions import service as questions_service
from rapport.questions.dependencies import OwnedQuestion, QuestionRow
from rapport.questions.schemas import (
    QuestionCreate,
    QuestionFilters,
    QuestionRead,
    QuestionUpdate,
)
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router

router = api_router(prefix="/questions", tag="questions")


@router.get("", response_model=Page[QuestionRead], summary="List the question bank")
def list_questions(
    filters: Annotated[QuestionFilters, Query()],
    user: CurrentUser,
    session: SessionDep,
    page: PageDep,
) -> Response:
    """Ordered by category (A–Z), then priority (5 first)."""
    return answer_page(
        QuestionRead,
        questions_service.list_questions(session, user=user, filters=filters, page=page),
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=QuestionRead,
    summary="Add a question to the bank",
)
def create_question(
    data: QuestionCreate, user: CurrentUser, session: SessionDep, response: Response
) -> QuestionRead:
    question = questions_service.create_question(session, user=user, data=data)
    return created(response, QuestionRead, question, f"/api/v1/questions/{question.id}")


@router.get("/{question_id}", response_model=QuestionRead, summary="One question")
def get_question(question: QuestionRow) -> Response:
    return answer_row(QuestionRead, question)


@router.patch("/{question_id}", response_model=QuestionRead, summary="Change or archive a question")
def update_question(
    data: QuestionUpdate, question: OwnedQuestion, session: SessionDep, response: Response
) -> QuestionRead:
    questions_service.update_question(session, question=question, data=data)
    return answer(response, QuestionRead, question)


@router.delete(
    "/{question_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a question"
)
def delete_question(question: OwnedQuestion, session: SessionDep) -> Response:
    """Interviews that used it keep their own copy of the text."""
    questions_service.delete_question(session, question=question)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
