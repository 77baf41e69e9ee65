"""Shares: creating, changing and revoking them; what a counselor may read of a student's data,
built from the share's scope; comments; and the access log. Services never commit."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select
from sqlalchemy.orm import Session, joinedload

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.contacts.models import Contact, Stage
from rapport.dashboard.schemas import StageCounts
from rapport.db import utcnow
from rapport.errors import Conflict, Invalid
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview
from rapport.pagination import EPOCH, Listing, Page, PageParams, SortKey, nulls_last
from rapport.shares.models import AccessVia, AccessWhat, Section, Share, ShareAccess, ShareComment
from rapport.shares.schemas import (
    DEFAULT_SHARE_DAYS,
    MAX_COMMENTS_PER_SHARE,
    MAX_SHARE_DAYS,
    MAX_SHARES,
    CommentCreate,
    CommentRead,
    ShareAccessRead,
    ShareCreate,
    SharedContact,
    SharedContactFilters,
    SharedInterview,
    SharedOverview,
    SharedSummary,
    SharedTouch,
    ShareRead,
    ShareScope,
    ShareScopeUpdate,
    ShareStatus,
    ShareUpdate,
)

_NEWEST_FIRST = (SortKey(Share.created_at, datetime, True), SortKey(Share.id, uuid.UUID, True))


def link_for(share: Share, raw: str, *, public_url: str) -> str:
    """The dashboard's read-only view of the share; the secret stays in the fragment."""
    return f"{public_url}/shared/{share.id}#{raw}"


def scope_of(share: Share) -> ShareScope:
    return ShareScope(**{section.value: share.shows(section) for section in Section})


# --- the student's side --------------------------------------------------------------------------

# Each share's latest counselor request and comment count, read with the share itself.
_LAST_ACCESS = (
    select(func.max(ShareAccess.at)).where(ShareAccess.share_id == Share.id).scalar_subquery()
)
_COMMENT_COUNT = (
    select(func.count(ShareComment.id)).where(ShareComment.share_id == Share.id).scalar_subquery()
)


def share_answer(
    share: Share, last_accessed_at: datetime | None = None, comment_count: int = 0
) -> ShareRead:
    now = utcnow()
    if share.revoked_at is not None:
        status = ShareStatus.revoked
    else:
        status = ShareStatus.active if share.expires_at > now else ShareStatus.expired
    return ShareRead(
        id=share.id,
        counselor_email=share.counselor_email,
        counselor_name=share.counselor_name,
        scope=scope_of(share),
        status=status,
        expires_at=share.expires_at,
        revoked_at=share.revoked_at,
        last_accessed_at=last_accessed_at,
        comment_count=comment_count,
        created_at=share.created_at,
        updated_at=share.updated_at,
    )


def read_share(session: Session, *, share: Share) -> ShareRead:
    """One share with its activity (one query for both figures)."""
    last_accessed_at, comment_count = session.execute(
        select(_LAST_ACCESS, _COMMENT_COUNT).where(Share.id == share.id)
    ).one()
    return share_answer(share, last_accessed_at, comment_count)


def _check_expiry(expires_at: datetime) -> None:
    now = utcnow()
    if not now < expires_at <= now + timedelta(days=MAX_SHARE_DAYS):
        raise Invalid(
            f"expires_at must be in the future and at most {MAX_SHARE_DAYS} days ahead.",
            field="expires_at",
        )


def _apply_scope(share: Share, scope: ShareScopeUpdate | dict[str, bool]) -> None:
    values = scope if isinstance(scope, dict) else scope.model_dump(exclude_none=True)
    for section, shown in values.items():
        setattr(share, f"shows_{section}", shown)
    if not any(share.shows(section) for section in Section):
        raise Invalid("A share must show at least one part of your data.", field="scope")


def create_share(session: Session, *, user: User, data: ShareCreate) -> tuple[Share, str]:
    """A new share; the raw link secret is returned once and only its hash is stored."""
    email = data.counselor_email.strip().lower()
    if email == user.email:
        raise Invalid("Share with your counselor's address, not your own.", field="counselor_email")
    count = session.scalar(select(func.count()).where(Share.user_id == user.id))
    if count is not None and count >= MAX_SHARES:
        raise Conflict(f"You already have {MAX_SHARES} shares; delete one you no longer need.")
    if data.expires_at is not None:
        _check_expiry(data.expires_at)
    raw, token_hash = auth_service.new_share_link_secret()
    share = Share(
        user_id=user.id,
        counselor_email=email,
        counselor_name=data.counselor_name,
        token_hash=token_hash,
        expires_at=data.expires_at or utcnow() + timedelta(days=DEFAULT_SHARE_DAYS),
    )
    _apply_scope(share, data.scope.model_dump())
    session.add(share)
    session.flush()
    return share, raw


def update_share(session: Session, *, share: Share, data: ShareUpdate) -> Share:
    if share.revoked_at is not None:
        raise Conflict("This share was revoked; create a new one instead.")
    changes = data.changes()
    if "counselor_name" in changes:
        share.counselor_name = data.counselor_name
    if data.scope is not None:
        _apply_scope(share, data.scope)
    if "expires_at" in changes:
        _check_expiry(changes["expires_at"])
        share.expires_at = changes["expires_at"]
    session.flush()
    return share


def revoke_share(session: Session, *, share: Share) -> Share:
    """Stops the link and the counselor's account access at once; the log and comments stay."""
    if share.revoked_at is None:
        share.revoked_at = utcnow()
        session.flush()
    return share


def delete_share(session: Session, *, share: Share) -> None:
    session.delete(share)
    session.flush()


def _page(rows_and_cursor: tuple[list[Any], str | None], read: Any) -> Page[Any]:
    rows, next_cursor = rows_and_cursor
    return Page(items=[read(row) for row in rows], next_cursor=next_cursor)


_SHARES = Listing(
    select(Share, _LAST_ACCESS, _COMMENT_COUNT).where(Share.user_id == bindparam("user_id")),
    keys=_NEWEST_FIRST,
    sort="shares",
    orm=True,
)
_ACCESSES = Listing(
    select(ShareAccess).where(ShareAccess.share_id == bindparam("share_id")),
    keys=(SortKey(ShareAccess.at, datetime, True), SortKey(ShareAccess.id, uuid.UUID, True)),
    sort="share-accesses",
    orm=True,
)
_COMMENTS = Listing(
    select(ShareComment).where(ShareComment.user_id == bindparam("user_id")),
    keys=(
        SortKey(ShareComment.created_at, datetime, True),
        SortKey(ShareComment.id, uuid.UUID, True),
    ),
    sort="share-comments",
    filters={
        "share_id": lambda _: ShareComment.share_id == bindparam("share_id"),
        "interview_id": lambda _: ShareComment.interview_id == bindparam("interview_id"),
    },
    orm=True,
)


def list_shares(session: Session, *, user: User, page: PageParams) -> Page[ShareRead]:
    """Newest first, each with its counselor's last access and comment count."""
    return _page(
        _SHARES.page(session, page, user_id=user.id),
        lambda row: share_answer(row[0], row[1], row[2]),
    )


def list_accesses(session: Session, *, share: Share, page: PageParams) -> Page[ShareAccessRead]:
    rows = _ACCESSES.page(session, page, share_id=share.id)
    return _page(rows, lambda row: ShareAccessRead.model_validate(row[0]))


def _list_comments(
    session: Session,
    *,
    user_id: uuid.UUID,
    page: PageParams,
    share_id: uuid.UUID | None = None,
    interview_id: uuid.UUID | None = None,
) -> Page[CommentRead]:
    """A student's comments (every one of them a counselor's), newest first."""
    rows = _COMMENTS.page(
        session, page, user_id=user_id, share_id=share_id, interview_id=interview_id
    )
    return _page(rows, lambda row: CommentRead.model_validate(row[0]))


def share_comments(session: Session, *, share: Share, page: PageParams) -> Page[CommentRead]:
    """The comments on a share and on its interviews, newest first (the student's and the
    counselor's view alike)."""
    return _list_comments(session, user_id=share.user_id, share_id=share.id, page=page)


def interview_comments(
    session: Session, *, interview: Interview, page: PageParams
) -> Page[CommentRead]:
    """The comments on one interview, from every share, newest first."""
    return _list_comments(session, user_id=interview.user_id, interview_id=interview.id, page=page)


def delete_comment(session: Session, *, comment: ShareComment) -> None:
    session.delete(comment)
    session.flush()


# --- the counselor's side ------------------------------------------------------------------------


# Live shares made for an account's e-mail address after the account existed: Rapport does not
# verify addresses, so an account opened later under a counselor's address (by anyone) never
# sees what was shared before.
_SHARED_WITH_ACCOUNT = (
    Share.counselor_email == bindparam("email"),
    Share.created_at >= bindparam("account_created_at"),
    Share.revoked_at.is_(None),
    Share.expires_at > bindparam("now"),
)


def _account_values(user: User) -> dict[str, Any]:
    return {"email": user.email, "account_created_at": user.created_at, "now": utcnow()}


def find_shared(
    session: Session, *, share_id: uuid.UUID, link_share: Share | None, account: User | None
) -> Share | None:
    """The share with this id if its link — or this account — may read it now (with its
    student), else None."""
    if link_share is not None:
        return link_share if link_share.id == share_id else None
    assert account is not None
    return session.scalars(
        select(Share)
        .options(joinedload(Share.user))
        .where(*_SHARED_WITH_ACCOUNT, Share.id == share_id),
        _account_values(account),
    ).one_or_none()


def summary_fields(share: Share) -> dict[str, Any]:
    return {
        "id": share.id,
        "student_name": share.user.name,
        "scope": scope_of(share),
        "expires_at": share.expires_at,
        "shared_at": share.created_at,
    }


_SHARED = Listing(
    select(Share).options(joinedload(Share.user)),
    keys=_NEWEST_FIRST,
    sort="shared",
    filters={
        "link_share_id": lambda _: Share.id == bindparam("link_share_id"),
        "email": lambda _: and_(*_SHARED_WITH_ACCOUNT),
    },
    orm=True,
)


def list_shared(
    session: Session, *, link_share: Share | None, account: User | None, page: PageParams
) -> Page[SharedSummary]:
    """“Shared with me”: the link's own share, or every live share for the account's address."""
    if link_share is not None:
        rows = _SHARED.page(session, page, link_share_id=link_share.id)
    else:
        assert account is not None
        rows = _SHARED.page(session, page, **_account_values(account))
    return _page(rows, lambda row: SharedSummary(**summary_fields(row[0])))


def record_access(session: Session, *, share: Share, what: AccessWhat, via: AccessVia) -> None:
    """One row in the student's access log: a single INSERT, no ORM bookkeeping."""
    session.execute(
        insert(ShareAccess).values(
            id=uuid.uuid4(), user_id=share.user_id, share_id=share.id, what=what, via=via
        )
    )


def overview(session: Session, *, share: Share) -> SharedOverview:
    """Who shared, what and until when; with the pipeline, the count of contacts per stage."""
    answer = SharedOverview(**summary_fields(share))
    if share.shows_pipeline:
        counts = {stage.value: 0 for stage in Stage}
        rows = session.execute(
            select(Contact.stage, func.count())
            .where(Contact.user_id == share.user_id)
            .group_by(Contact.stage)
        )
        counts.update({Stage(stage).value: count for stage, count in rows})
        answer.stage_counts = StageCounts(**counts)
    return answer


_SHARED_CONTACTS = Listing(
    select(Contact.id, Contact.full_name, Contact.organization, Contact.stage).where(
        Contact.user_id == bindparam("user_id")
    ),
    keys=(SortKey(Contact.name_key, str), SortKey(Contact.id, uuid.UUID)),
    sort="shared-contacts",
    filters={"stage": lambda _: Contact.stage == bindparam("stage")},
)


def shared_contacts(
    session: Session, *, share: Share, filters: SharedContactFilters, page: PageParams
) -> Page[SharedContact]:
    """The student's contacts, by name; only the columns a counselor may see are even read."""
    rows = _SHARED_CONTACTS.page(session, page, user_id=share.user_id, stage=filters.stage)
    return _page(
        rows,
        lambda row: SharedContact(id=row[0], full_name=row[1], organization=row[2], stage=row[3]),
    )


_INTERVIEW_FIELDS = [name for name in SharedInterview.model_fields if name != "notes"]


def _shared_interviews(with_notes: bool) -> Listing:
    columns = [  # in the order of SharedInterview's fields
        Interview.id,
        Interview.contact_id,
        Contact.full_name,
        Contact.organization,
        Interview.status,
        Interview.scheduled_at,
        Interview.completed_at,
        Interview.goals,
        Interview.takeaways,
        *([Interview.notes] if with_notes else []),
    ]
    return Listing(
        select(*columns)
        .join(Contact, Contact.id == Interview.contact_id)
        .where(Interview.user_id == bindparam("user_id")),
        keys=(
            *nulls_last(Interview.scheduled_at, datetime, EPOCH, descending=True),
            SortKey(Interview.id, uuid.UUID, True),
        ),
        sort="shared-interviews",
    )


# Notes are only ever read when the share shows them.
_SHARED_INTERVIEWS = {with_notes: _shared_interviews(with_notes) for with_notes in (False, True)}


def shared_interviews(session: Session, *, share: Share, page: PageParams) -> Page[SharedInterview]:
    """The student's interviews, latest first (those without a time last), with whom; their
    notes only when the share shows notes (other columns are never even read)."""

    def read(row: tuple[Any, ...]) -> SharedInterview:
        shown = row[: len(_INTERVIEW_FIELDS)]
        answer = SharedInterview(**dict(zip(_INTERVIEW_FIELDS, shown, strict=True)))
        if share.shows_notes:
            answer.notes = row[len(_INTERVIEW_FIELDS)]
        return answer

    listing = _SHARED_INTERVIEWS[share.shows_notes]
    return _page(listing.page(session, page, user_id=share.user_id), read)


_SHARED_TOUCHES = Listing(
    select(  # in the order of SharedTouch's fields
        Interaction.id,
        Interaction.contact_id,
        Contact.full_name,
        Interaction.kind,
        Interaction.occurred_at,
        Interaction.summary,
    )
    .join(Contact, Contact.id == Interaction.contact_id)
    .where(Interaction.user_id == bindparam("user_id")),
    keys=(
        SortKey(Interaction.occurred_at, datetime, True),
        SortKey(Interaction.id, uuid.UUID, True),
    ),
    sort="shared-touches",
)
_TOUCH_FIELDS = tuple(SharedTouch.model_fields)


def shared_touches(session: Session, *, share: Share, page: PageParams) -> Page[SharedTouch]:
    """The student's logged touches with whom and their summaries, newest first."""
    rows = _SHARED_TOUCHES.page(session, page, user_id=share.user_id)
    return _page(rows, lambda row: SharedTouch(**dict(zip(_TOUCH_FIELDS, row, strict=False))))


def add_comment(session: Session, *, share: Share, data: CommentCreate) -> ShareComment:
    """The counselor's one kind of write: a comment on the share or on an interview it shows."""
    if data.interview_id is not None:
        interview = session.scalar(
            select(Interview.id).where(
                Interview.id == data.interview_id, Interview.user_id == share.user_id
            )
        )
        if interview is None or not share.shows_interviews:
            raise Invalid("No interview with this id in this share.", field="interview_id")
    count = session.scalar(select(func.count()).where(ShareComment.share_id == share.id))
    if count is not None and count >= MAX_COMMENTS_PER_SHARE:
        raise Conflict(f"This share already has {MAX_COMMENTS_PER_SHARE} comments.")
    comment = ShareComment(
        user_id=share.user_id, share_id=share.id, interview_id=data.interview_id, body=data.body
    )
    session.add(comment)
    session.flush()
    return comment
