"""Loading a share: the student's own by `{share_id}` (404 when not theirs), and the one a
counselor reads by `{shared_id}` — only while it is live, only the parts its scope shows, and
recorded in the student's access log on every request."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Path
from sqlalchemy.orm import Session
from sqlalchemy.util import greenlet_spawn

from rapport.auth.dependencies import Viewer, ViewerDep
from rapport.db import SessionDep
from rapport.errors import NotFound
from rapport.resources import owned
from rapport.shares import service as shares_service
from rapport.shares.models import AccessVia, AccessWhat, Section, Share, ShareComment

OwnedShare = Annotated[Share, owned(Share, path="share_id", label="share")]
OwnedComment = Annotated[ShareComment, owned(ShareComment, path="comment_id", label="comment")]

_SECTION_NAMES = {
    Section.pipeline: "the pipeline",
    Section.interviews: "interviews",
    Section.notes: "notes",
    Section.referrals: "referrals",
}


def _open(
    session: Session, viewer: Viewer, share_id: uuid.UUID, what: AccessWhat, section: Section | None
) -> Share:
    share = shares_service.find_shared(
        session,
        share_id=share_id,
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


def viewing(what: AccessWhat, section: Section | None = None) -> Callable[..., Awaitable[Share]]:
    """A dependency for a counselor's route: the share `{shared_id}` if this viewer may read it
    now and it shows `section` (else 404, like a missing share), with the access logged."""

    async def load(
        shared_id: Annotated[uuid.UUID, Path(description="A share shared with you.")],
        viewer: ViewerDep,
        session: SessionDep,
    ) -> Share:
        return await greenlet_spawn(_open, session, viewer, shared_id, what, section)

    return load


# What a counselor's routes read, each logged as what it opens (and 404 unless the share shows
# the section).
ViewedOverview = Annotated[Share, Depends(viewing(AccessWhat.overview))]
ViewedPipeline = Annotated[Share, Depends(viewing(AccessWhat.contacts, Section.pipeline))]
ViewedInterviews = Annotated[Share, Depends(viewing(AccessWhat.interviews, Section.interviews))]
ViewedTouches = Annotated[Share, Depends(viewing(AccessWhat.touches, Section.notes))]
ViewedNetwork = Annotated[Share, Depends(viewing(AccessWhat.network, Section.referrals))]
ViewedComments = Annotated[Share, Depends(viewing(AccessWhat.comments))]
Commenting = Annotated[Share, Depends(viewing(AccessWhat.comment_added))]
