"""Loading a share: the student's own by `{share_id}` (404 when not theirs), and the one a
counselor reads by `{shared_id}` — only while it is live, only the parts its scope shows, and
recorded in the student's access log on every request."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Path, Request

from rapport.auth.dependencies import CurrentUser, ViewerDep
from rapport.db import SessionDep
from rapport.errors import NotFound
from rapport.resources import get_owned
from rapport.shares import service as shares_service
from rapport.shares.models import AccessVia, AccessWhat, Section, Share, ShareComment


def owned_share(
    share_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Share:
    return get_owned(session, Share, share_id, user_id=user.id, label="share", request=request)


OwnedShare = Annotated[Share, Depends(owned_share)]


def owned_comment(
    comment_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> ShareComment:
    return get_owned(
        session, ShareComment, comment_id, user_id=user.id, label="comment", request=request
    )


OwnedComment = Annotated[ShareComment, Depends(owned_comment)]

_SECTION_NAMES = {
    Section.pipeline: "the pipeline",
    Section.interviews: "interviews",
    Section.notes: "notes",
    Section.referrals: "referrals",
}


def viewing(what: AccessWhat, section: Section | None = None) -> Callable[..., Share]:
    """A dependency for a counselor's route: the share `{shared_id}` if this viewer may read it
    now and it shows `section` (else 404, like a missing share), with the access logged."""

    def load(
        shared_id: Annotated[uuid.UUID, Path(description="A share shared with you.")],
        viewer: ViewerDep,
        session: SessionDep,
    ) -> Share:
        share = shares_service.find_shared(
            session,
            share_id=shared_id,
            link_share=viewer.link_share,
            account=viewer.principal.user if viewer.principal else None,
        )
        if share is None:
            raise NotFound("No share with this id is shared with you.")
        if section is not None and not share.shows(section):
            raise NotFound(f"This share does not show {_SECTION_NAMES[section]}.")
        via = AccessVia.link if viewer.link_share is not None else AccessVia.account
        shares_service.record_access(session, share=share, what=what, via=via)
        return share

    return load
