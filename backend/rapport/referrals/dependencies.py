from __future__ import annotations

from typing import Annotated

from rapport.referrals.models import Referral
from rapport.resources import owned

OwnedReferral = Annotated[Referral, owned(Referral, path="referral_id", label="referral")]
