"""`/shares`: a student shows a career counselor their progress — scoped, read-only, revocable,
audited. `/shared`: what the counselor reads (and the comments they leave)."""

from __future__ import annotations

import hashlib

from fastapi import Response, status

from rapport.auth.dependencies import (
    CurrentUser,
    SettingsDep,
    ViewerDep,
    authenticate_viewer,
)
from rapport.collection import pages
from rapport.db import SessionDep
from rapport.interviews.dependencies import OwnedInterview
from rapport.pagination import Page, PageDep
from rapport.referrals import service as referrals_service
from rapport.referrals.schemas import Network
from rapport.resources import created, set_etag
from rapport.routing import api_router
from rapport.shares import service as shares_service
from rapport.shares.dependencies import (
    Commenting,
    OwnedComment,
    OwnedShare,
    ViewedComments,
    ViewedInterviews,
    ViewedNetwork,
    ViewedOverview,
    ViewedPipeline,
    ViewedTouches,
)
from rapport.shares.models import Share
from rapport.shares.schemas import (
    DEFAULT_SHARE_DAYS,
    MAX_COMMENT,
    MAX_COMMENTS_PER_SHARE,
    MAX_SHARE_DAYS,
    MAX_SHARES,
    CommentCreate,
    CommentRead,
    ShareAccessRead,
    ShareCreate,
    ShareCreated,
    SharedContact,
    SharedInterview,
    SharedOverview,
    SharedSummary,
    SharedTouch,
    ShareRead,
    ShareUpdate,
)

router = api_router(tag="shares")
# Every read of a share is in the student's access log, written with the answer (or not at all).
shared_router = api_router(
    prefix="/shared", tag="shares", guard=authenticate_viewer, reads_write=True
)

WHAT_A_COUNSELOR_SEES = f"""

**What the counselor sees** — only the parts the scope names, field by field, never an e-mail
address, a phone number, or a contact's notes and research notes:
- always: your name, the scope, the expiry, and their own comments;
- `pipeline`: counts per stage; each contact's name, organization and stage;
- `interviews`: each interview's contact (name, organization), time, completion, status, goals
  and takeaways;
- `notes` (off by default): interview notes (with `interviews`) and your touches' summaries;
- `referrals`: the referral graph (names, organizations, stages) and its yield.

Limits: {MAX_SHARES} shares per account; expiry at most {MAX_SHARE_DAYS} days ahead (default
{DEFAULT_SHARE_DAYS}); comments up to {MAX_COMMENT} characters, {MAX_COMMENTS_PER_SHARE} per share.
"""


def _answer(session: SessionDep, share: Share, response: Response) -> ShareRead:
    set_etag(response, share)
    return shares_service.read_share(session, share=share)


# --- the student's side --------------------------------------------------------------------------


pages(
    router,
    ("/shares", "list_shares"),
    shares_service.list_shares,
    read=ShareRead,
    under=("user", CurrentUser),
    summary="Your shares with counselors",
    description="""
    Newest first, revoked and expired ones included, each with its scope, expiry, the
    counselor's last access and how many comments they left. The link is never shown again.""",
)


@router.creates(
    "/shares",
    ShareCreated,
    summary="Share your progress with a counselor",
    description="Creates a read-only share for a counselor's e-mail address. The answer holds "
    "the secret `link` (and its `token`) — **the only time it is shown**; only its hash is "
    "stored. Give the link to the counselor: it opens the dashboard's read-only view. A "
    "counselor with a Rapport account with this address (opened before the share) also finds it "
    "under “Shared with me”. Nothing is e-mailed. Refused: your own address (422), more than "
    f"{MAX_SHARES} shares (409), an expiry in the past or over {MAX_SHARE_DAYS} days ahead (422), "
    "a scope that shows nothing (422)." + WHAT_A_COUNSELOR_SEES,
)
def create_share(
    data: ShareCreate,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> ShareCreated:
    share, raw = shares_service.create_share(session, user=user, data=data)
    response.headers["Location"] = f"/api/v1/shares/{share.id}"
    set_etag(response, share)
    return ShareCreated(
        **shares_service.share_answer(share).model_dump(),
        token=raw,
        link=shares_service.link_for(share, raw, public_url=settings.resolved_public_url),
    )


@router.get("/shares/{share_id}", response_model=ShareRead, summary="One share")
def get_share(share: OwnedShare, session: SessionDep, response: Response) -> ShareRead:
    return _answer(session, share, response)


@router.patch(
    "/shares/{share_id}",
    response_model=ShareRead,
    summary="Change a share's scope, expiry or counselor name",
    description="A partial update (`scope` too: only the parts you send change); it applies to "
    "the counselor's next request. A revoked share cannot change (409)." + WHAT_A_COUNSELOR_SEES,
)
def update_share(
    data: ShareUpdate, share: OwnedShare, session: SessionDep, response: Response
) -> ShareRead:
    shares_service.update_share(session, share=share, data=data)
    return _answer(session, share, response)


@router.post(
    "/shares/{share_id}/revoke",
    response_model=ShareRead,
    summary="Revoke a share at once",
)
def revoke_share(share: OwnedShare, session: SessionDep, response: Response) -> ShareRead:
    """The counselor's very next request fails — by the link (401) or under “Shared with me”
    (404) — on every server at once. The share stays listed with its access log and comments
    until you delete it. Revoking twice changes nothing."""
    shares_service.revoke_share(session, share=share)
    return _answer(session, share, response)


@router.delete(
    "/shares/{share_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a share"
)
def delete_share(share: OwnedShare, session: SessionDep) -> Response:
    """Ends the counselor's access like revoking does, and deletes the share's access log and
    comments too."""
    shares_service.delete_share(session, share=share)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


pages(
    router,
    ("/shares/{share_id}/accesses", "list_share_accesses"),
    shares_service.list_accesses,
    read=ShareAccessRead,
    under=("share", OwnedShare),
    summary="A share's access log",
    description="""
    Every request the counselor made with this share — when, what they opened, and whether by
    the link or their account — newest first.""",
)


pages(
    router,
    ("/shares/{share_id}/comments", "list_share_comments"),
    shares_service.share_comments,
    read=CommentRead,
    under=("share", OwnedShare),
    summary="The counselor's comments on a share",
    description="On the share and on its interviews, newest first.",
)


pages(
    router,
    ("/interviews/{interview_id}/comments", "list_interview_comments"),
    shares_service.interview_comments,
    read=CommentRead,
    under=("interview", OwnedInterview),
    summary="Counselors' comments on one of your interviews",
    description="From every share, newest first.",
)


@router.delete(
    "/comments/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a counselor's comment",
)
def delete_comment(comment: OwnedComment, session: SessionDep) -> Response:
    """Any comment on any of your shares; the counselor no longer sees it either."""
    shares_service.delete_comment(session, comment=comment)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- the counselor's side ------------------------------------------------------------------------


@shared_router.get("", response_model=Page[SharedSummary], summary="Shared with me")
def list_shared(viewer: ViewerDep, session: SessionDep, page: PageDep) -> Page[SharedSummary]:
    """For a counselor's link: its own share. For a signed-in account: every live share made for
    its e-mail address since the account was opened, newest first. Listing opens no share's
    data, so it is not logged."""
    return shares_service.list_shared(
        session,
        link_share=viewer.link_share,
        account=viewer.principal.user if viewer.principal else None,
        page=page,
    )


@shared_router.get(
    "/{shared_id}",
    response_model=SharedOverview,
    response_model_exclude_unset=True,
    summary="A share shared with you",
)
def get_shared(share: ViewedOverview, session: SessionDep, response: Response) -> SharedOverview:
    """The student's name, the scope and expiry; with `pipeline`, the count of contacts per
    stage. Works with the share's link (`Authorization: Bearer rpc_…`) or signed in with an
    account with the share's e-mail address; a revoked or expired share answers 401 to its link
    and 404 to an account. Every request is in the student's access log."""
    overview = shares_service.overview(session, share=share)
    # No version covers the counts, so the tag is the answer's own digest.
    digest = hashlib.sha256(overview.model_dump_json(exclude_unset=True).encode()).hexdigest()
    response.headers["ETag"] = f'"{digest[:20]}"'
    return overview


pages(
    shared_router,
    ("/{shared_id}/contacts", "list_shared_contacts"),
    shares_service.shared_contacts,
    read=SharedContact,
    under=("share", ViewedPipeline),
    summary="The student's pipeline (scope `pipeline`)",
    description="""
    Each contact's name, organization and stage, by name. 404 unless the share shows the
    pipeline.""",
)


pages(
    shared_router,
    ("/{shared_id}/interviews", "list_shared_interviews"),
    shares_service.shared_interviews,
    read=SharedInterview,
    under=("share", ViewedInterviews),
    summary="The student's interviews (scope `interviews`)",
    description="""
    Latest first (those without a time last): with whom, when, status, goals and takeaways;
    `notes` only when the share shows notes. 404 unless the share shows interviews.""",
    response_model_exclude_unset=True,
)


pages(
    shared_router,
    ("/{shared_id}/touches", "list_shared_touches"),
    shares_service.shared_touches,
    read=SharedTouch,
    under=("share", ViewedTouches),
    summary="The student's touches with their summaries (scope `notes`)",
    description="""
    Newest first: with whom, the kind, when, and the summary. 404 unless the share shows
    notes.""",
)


@shared_router.get(
    "/{shared_id}/network",
    response_model=Network,
    summary="The student's referral graph (scope `referrals`)",
)
def get_shared_network(share: ViewedNetwork, session: SessionDep) -> Network:
    """The same graph the student sees under Network: names, organizations and stages of the
    people in it, who referred whom, and the yield. 404 unless the share shows referrals."""
    return referrals_service.network_answer(referrals_service.network(session, user=share.user))


pages(
    shared_router,
    ("/{shared_id}/comments", "list_shared_comments"),
    shares_service.share_comments,
    read=CommentRead,
    under=("share", ViewedComments),
    summary="Your comments on a share",
    description="Newest first (the student may have deleted some).",
)


@shared_router.creates(
    "/{shared_id}/comments",
    CommentRead,
    summary="Leave a comment for the student",
    description="The only thing a counselor can write: a comment on the share, or on one of "
    "its interviews (`interview_id`, when the share shows interviews; else 422). The student "
    f"sees it on their dashboard and can delete it. At most {MAX_COMMENTS_PER_SHARE} comments "
    "per share (409).",
)
def create_shared_comment(
    data: CommentCreate, share: Commenting, session: SessionDep, response: Response
) -> CommentRead:
    comment = shares_service.add_comment(session, share=share, data=data)
    return created(response, CommentRead, comment, f"/api/v1/comments/{comment.id}")
