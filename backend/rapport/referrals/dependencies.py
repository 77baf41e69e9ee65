from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.referrals.models import Referral
from rapport.resources import get_owned


def owned_referral(
    referral_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Referral:
    return get_owned(
        session, Referral, referral_id, user_id=user.id, label="referral", request=request
    )


OwnedReferral = Annotated[Referral, Depends(owned_referral)]
