"""Shares: creating, changing and revoking them; what a counselor may read of a student's data,
built from the share's scope; comments; and the access log. Services never commit."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, insert, select
from sqlalchemy.orm import Session, joinedload, load_only

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.auth.dependencies import Viewer
from rapport.contacts.models import Contact, Stage
from rapport.db import utcnow
from rapport.errors import Conflict, Invalid
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview
from rapport.pagination import PageParams, SortKey, nulls_last, paginate
from rapport.shares.models import AccessVia, AccessWhat, Section, Share, ShareAccess, ShareComment
from rapport.shares.schemas import (
    DEFAULT_SHARE_DAYS,
    MAX_COMMENTS_PER_SHARE,
    MAX_SHARE_DAYS,
    MAX_SHARES,
    CommentCreate,
    ShareCreate,
    ShareScopeUpdate,
    ShareStatus,
    ShareUpdate,
)

_EPOCH = datetime.fromisoformat("1970-01-01T00:00:00+00:00")
_NEWEST_FIRST = "newest"


def status_of(share: Share, now: datetime) -> ShareStatus:
    if share.revoked_at is not None:
        return ShareStatus.revoked
    return ShareStatus.active if share.expires_at > now else ShareStatus.expired


def link_for(share: Share, raw: str, *, public_url: str) -> str:
    """The dashboard's read-only view of the share; the secret stays in the fragment."""
    return f"{public_url}/shared/{share.id}#{raw}"


# --- the student's side --------------------------------------------------------------------------


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
    if "counselor_name" in data.model_fields_set:
        share.counselor_name = data.counselor_name
    if data.scope is not None:
        _apply_scope(share, data.scope)
    if "expires_at" in data.model_fields_set:
        if data.expires_at is None:
            raise Invalid("expires_at cannot be null.", field="expires_at")
        _check_expiry(data.expires_at)
        share.expires_at = data.expires_at
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


def list_shares(
    session: Session, *, user: User, page: PageParams
) -> tuple[list[Share], str | None]:
    return paginate(
        session,
        select(Share).where(Share.user_id == user.id),
        keys=[SortKey(Share.created_at, datetime, True), SortKey(Share.id, uuid.UUID, True)],
        params=page,
        sort=f"shares:{_NEWEST_FIRST}",
    )


def activity(
    session: Session, shares: Sequence[Share]
) -> dict[uuid.UUID, tuple[datetime | None, int]]:
    """Each share's last counselor access and comment count, in two queries for any number."""
    ids = [share.id for share in shares]
    found: dict[uuid.UUID, tuple[datetime | None, int]] = {i: (None, 0) for i in ids}
    if not ids:
        return found
    last = {
        share_id: at
        for share_id, at in session.execute(
            select(ShareAccess.share_id, func.max(ShareAccess.at))
            .where(ShareAccess.share_id.in_(ids))
            .group_by(ShareAccess.share_id)
        )
    }
    comments = {
        share_id: count
        for share_id, count in session.execute(
            select(ShareComment.share_id, func.count())
            .where(ShareComment.share_id.in_(ids))
            .group_by(ShareComment.share_id)
        )
    }
    return {i: (last.get(i), comments.get(i, 0)) for i in ids}


def list_accesses(
    session: Session, *, share: Share, page: PageParams
) -> tuple[list[ShareAccess], str | None]:
    return paginate(
        session,
        select(ShareAccess).where(ShareAccess.share_id == share.id),
        keys=[SortKey(ShareAccess.at, datetime, True), SortKey(ShareAccess.id, uuid.UUID, True)],
        params=page,
        sort="share-accesses",
    )


def list_comments(
    session: Session,
    *,
    user_id: uuid.UUID,
    page: PageParams,
    share_id: uuid.UUID | None = None,
    interview_id: uuid.UUID | None = None,
) -> tuple[list[ShareComment], str | None]:
    """A student's comments (all of theirs are counselors'), newest first."""
    statement = select(ShareComment).where(ShareComment.user_id == user_id)
    if share_id is not None:
        statement = statement.where(ShareComment.share_id == share_id)
    if interview_id is not None:
        statement = statement.where(ShareComment.interview_id == interview_id)
    return paginate(
        session,
        statement,
        keys=[
            SortKey(ShareComment.created_at, datetime, True),
            SortKey(ShareComment.id, uuid.UUID, True),
        ],
        params=page,
        sort="share-comments",
    )


def delete_comment(session: Session, *, comment: ShareComment) -> None:
    session.delete(comment)
    session.flush()


# --- the counselor's side ------------------------------------------------------------------------


def _shared_with_account(user: User) -> Select[Any]:
    """Active shares made for this account's e-mail address after the account existed: Rapport
    does not verify addresses, so an account opened later under a counselor's address (by
    anyone) never sees what was shared before."""
    now = utcnow()
    return select(Share).where(
        Share.counselor_email == user.email,
        Share.created_at >= user.created_at,
        Share.revoked_at.is_(None),
        Share.expires_at > now,
    )


def find_shared(session: Session, *, viewer: Viewer, share_id: uuid.UUID) -> Share | None:
    """The share with this id if this viewer may read it now (with its student), else None."""
    if viewer.link_share is not None:
        return viewer.link_share if viewer.link_share.id == share_id else None
    assert viewer.principal is not None
    return session.scalars(
        _shared_with_account(viewer.principal.user)
        .options(joinedload(Share.user))
        .where(Share.id == share_id)
    ).one_or_none()


def list_shared(
    session: Session, *, viewer: Viewer, page: PageParams
) -> tuple[list[Share], str | None]:
    """“Shared with me”: the link's own share, or every live share for the account's address."""
    if viewer.link_share is not None:
        statement = select(Share).where(Share.id == viewer.link_share.id)
    else:
        assert viewer.principal is not None
        statement = _shared_with_account(viewer.principal.user)
    return paginate(
        session,
        statement.options(joinedload(Share.user)),
        keys=[SortKey(Share.created_at, datetime, True), SortKey(Share.id, uuid.UUID, True)],
        params=page,
        sort=f"shared:{_NEWEST_FIRST}",
    )


def record_access(session: Session, *, share: Share, what: AccessWhat, via: AccessVia) -> None:
    """One row in the student's access log: a single INSERT, no ORM bookkeeping."""
    session.execute(
        insert(ShareAccess).values(
            id=uuid.uuid4(), user_id=share.user_id, share_id=share.id, what=what, via=via
        )
    )


def stage_counts(session: Session, *, share: Share) -> dict[str, int]:
    counts = {stage.value: 0 for stage in Stage}
    rows = session.execute(
        select(Contact.stage, func.count())
        .where(Contact.user_id == share.user_id)
        .group_by(Contact.stage)
    )
    counts.update({Stage(stage).value: count for stage, count in rows})
    return counts


def shared_contacts(
    session: Session, *, share: Share, stage: Stage | None, page: PageParams
) -> tuple[list[Contact], str | None]:
    """The student's contacts, by name; only the columns a counselor may see are even read."""
    statement = (
        select(Contact)
        .options(load_only(Contact.full_name, Contact.organization, Contact.stage))
        .where(Contact.user_id == share.user_id)
    )
    if stage is not None:
        statement = statement.where(Contact.stage == stage)
    return paginate(
        session,
        statement,
        keys=[SortKey(Contact.name_key, str), SortKey(Contact.id, uuid.UUID)],
        params=page,
        sort="shared-contacts",
    )


def contact_names(
    session: Session, *, share: Share, ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, str | None]]:
    """Name and organization of each of these contacts of the student, in one query."""
    if not ids:
        return {}
    rows = session.execute(
        select(Contact.id, Contact.full_name, Contact.organization).where(
            Contact.user_id == share.user_id, Contact.id.in_(ids)
        )
    )
    return {contact_id: (name, organization) for contact_id, name, organization in rows}


_INTERVIEW_COLUMNS = (
    Interview.contact_id,
    Interview.status,
    Interview.scheduled_at,
    Interview.completed_at,
    Interview.goals,
    Interview.takeaways,
)


def shared_interviews(
    session: Session, *, share: Share, page: PageParams
) -> tuple[list[Interview], str | None]:
    """The student's interviews, latest first (those without a time last)."""
    columns = [*_INTERVIEW_COLUMNS, *([Interview.notes] if share.shows_notes else [])]
    return paginate(
        session,
        select(Interview).options(load_only(*columns)).where(Interview.user_id == share.user_id),
        keys=[
            *nulls_last(Interview.scheduled_at, datetime, _EPOCH, descending=True),
            SortKey(Interview.id, uuid.UUID, True),
        ],
        params=page,
        sort="shared-interviews",
    )


def shared_touches(
    session: Session, *, share: Share, page: PageParams
) -> tuple[list[Interaction], str | None]:
    """The student's logged touches with their summaries, newest first."""
    return paginate(
        session,
        select(Interaction)
        .options(
            load_only(
                Interaction.contact_id,
                Interaction.kind,
                Interaction.occurred_at,
                Interaction.summary,
            )
        )
        .where(Interaction.user_id == share.user_id),
        keys=[
            SortKey(Interaction.occurred_at, datetime, True),
            SortKey(Interaction.id, uuid.UUID, True),
        ],
        params=page,
        sort="shared-touches",
    )


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


def comments_of_share(
    session: Session, *, share: Share, page: PageParams
) -> tuple[list[ShareComment], str | None]:
    return list_comments(session, user_id=share.user_id, share_id=share.id, page=page)
