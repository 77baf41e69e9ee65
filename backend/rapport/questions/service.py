"""The personal question bank: open-ended questions to pick from when preparing an interview."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.pagination import Listing, PageParams, SortKey
from rapport.questions.models import Question
from rapport.questions.schemas import (
    QuestionCreate,
    QuestionFilters,
    QuestionRead,
    QuestionUpdate,
)
from rapport.reads import columns_of

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Question, QuestionRead)

# (category, priority, text): written for Rapport. Priority 5 = ask in every conversation.
DEFAULT_BANK: tuple[tuple[str, int, str], ...] = (
    ("career_path", 5, "How did you get from your graduate training to the role you have now?"),
    ("career_path", 4, "Looking back, which decision or turning point shaped your path the most?"),
    (
        "career_path",
        3,
        "What did you expect this kind of work to be like, and how does the reality compare?",
    ),
    ("career_path", 3, "If you were starting out again today, what would you do differently?"),
    ("career_path", 2, "What made you choose this organization over the other options you had?"),
    ("day_to_day", 5, "Could you walk me through what a typical week looks like for you?"),
    ("day_to_day", 4, "Which parts of your work give you energy, and which ones drain it?"),
    (
        "day_to_day",
        3,
        "Who do you work with most closely, and how are decisions made on your team?",
    ),
    (
        "day_to_day",
        3,
        "How is success measured in your role, and how do you know it is going well?",
    ),
    ("day_to_day", 3, "What surprised you most during your first months in this position?"),
    ("skills", 5, "Which skills from your research training have mattered most in this job?"),
    ("skills", 4, "What do you wish you had learned before you started?"),
    ("skills", 4, "How could someone with my background show that they can do this kind of work?"),
    ("skills", 3, "What do the people who thrive in your field do differently from the rest?"),
    ("skills", 2, "How do you keep learning and stay current in your area?"),
    ("industry", 4, "Where do you see your field heading over the next five years?"),
    ("industry", 4, "What challenges is your organization or sector working through right now?"),
    ("industry", 4, "How do hiring and promotion usually work in your sector?"),
    (
        "industry",
        3,
        "Which organizations or groups are doing the most interesting work in this space?",
    ),
    ("industry", 2, "What do outsiders most often misunderstand about this industry?"),
    (
        "advice",
        5,
        "Knowing my background, what would you focus on over the next year if you were me?",
    ),
    ("advice", 4, "What would make an application like mine stand out to you or your colleagues?"),
    ("advice", 3, "Which societies, events or resources would you recommend I look into?"),
    ("advice", 3, "What haven't I asked about that you think I should know?"),
    ("advice", 2, "What is the most useful piece of career advice you have been given?"),
    ("referrals", 5, "Is there anyone else you think I should talk to?"),
    ("referrals", 4, "How would you like me to mention you when I contact them?"),
    (
        "referrals",
        3,
        "Which teams or people inside your organization should I learn more about?",
    ),
    ("referrals", 3, "Whose career path in your field do you think I could learn from?"),
    ("referrals", 2, "What is the best way for me to stay in touch with you?"),
)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def seed_default_bank(session: Session, *, user: User) -> None:
    """Give a new account the default question bank."""
    session.add_all(
        Question(user_id=user.id, text=text, category=category, priority=priority)
        for category, priority, text in DEFAULT_BANK
    )
    session.flush()


_LISTING = Listing(
    select(*READ_COLUMNS).where(Question.user_id == bindparam("user_id")),
    keys=(
        SortKey(Question.category, str),
        SortKey(Question.priority, int, True),
        SortKey(Question.id, uuid.UUID),
    ),
    sort="questions",
    filters={
        "category": lambda _: Question.category == bindparam("category"),
        "archived": lambda _: Question.archived == bindparam("archived"),
        "q": lambda _: func.lower(Question.text).like(bindparam("q"), escape="\\"),
    },
)


def list_questions(
    session: Session, *, user: User, filters: QuestionFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """By category (A–Z), then most important first."""
    return _LISTING.page(
        session,
        page,
        user_id=user.id,
        category=filters.category.strip() if filters.category is not None else None,
        archived=filters.archived,
        q=_like_pattern(filters.q.strip().lower()) if filters.q else None,
    )


def create_question(session: Session, *, user: User, data: QuestionCreate) -> Question:
    question = Question(user_id=user.id, **data.model_dump())
    session.add(question)
    session.flush()
    return question


def update_question(session: Session, *, question: Question, data: QuestionUpdate) -> Question:
    for field, value in data.changes().items():
        setattr(question, field, value)
    session.flush()
    return question


def delete_question(session: Session, *, question: Question) -> None:
    """Interviews keep their own copy of the question's text."""
    session.delete(question)
    session.flush()


def owned_questions(
    session: Session, *, user: User, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Question]:
    wanted = set(ids)
    if not wanted:
        return {}
    found = session.scalars(
        select(Question).where(Question.user_id == user.id, Question.id.in_(wanted))
    ).all()
    return {q.id: q for q in found}
