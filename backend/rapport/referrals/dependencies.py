from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.referrals import service as referrals_service
from rapport.referrals.models import Referral
from rapport.resources import owned, owned_row

OwnedReferral = Annotated[Referral, owned(Referral, path="referral_id", label="referral")]
ReferralRow = Annotated[
    Row, owned_row(Referral, referrals_service.READ_COLUMNS, path="referral_id", label="referral")
]
