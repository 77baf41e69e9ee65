"""shares: read-only windows for career counselors, their comments, and the access log

A share shows a counselor the parts of a student's data its scope names, through a secret link
(only its SHA-256 is stored) or under "Shared with me" for an account with the share's e-mail
address. Every counselor request writes one row to share_accesses.

Revision ID: 0003
Revises: 0002
Created: 2026-12-03 07:55:15.060363+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import rapport.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owned_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", rapport.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", rapport.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "shares",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("counselor_email", sa.String(length=254), nullable=False),
        sa.Column("counselor_name", sa.String(length=200), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("shows_pipeline", sa.Boolean(), nullable=False),
        sa.Column("shows_interviews", sa.Boolean(), nullable=False),
        sa.Column("shows_notes", sa.Boolean(), nullable=False),
        sa.Column("shows_referrals", sa.Boolean(), nullable=False),
        sa.Column("expires_at", rapport.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", rapport.db.UTCDateTime(timezone=True), nullable=True),
        *_owned_columns(),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_shares_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shares")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_shares_token_hash")),
    )
    with op.batch_alter_table("shares", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shares_counselor_email_created_at_id"),
            ["counselor_email", "created_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_shares_user_id_created_at_id"),
            ["user_id", "created_at", "id"],
            unique=False,
        )

    op.create_table(
        "share_accesses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("share_id", sa.Uuid(), nullable=False),
        sa.Column("at", rapport.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column(
            "what",
            sa.Enum(
                "overview",
                "contacts",
                "interviews",
                "touches",
                "network",
                "comments",
                "comment_added",
                name="accesswhat",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "via",
            sa.Enum("link", "account", name="accessvia", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["shares.id"],
            name=op.f("fk_share_accesses_share_id_shares"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_share_accesses_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_accesses")),
    )
    with op.batch_alter_table("share_accesses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_accesses_share_id_at_id"), ["share_id", "at", "id"], unique=False
        )

    op.create_table(
        "share_comments",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("share_id", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        *_owned_columns(),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_share_comments_interview_id_interviews"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["shares.id"],
            name=op.f("fk_share_comments_share_id_shares"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_share_comments_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_comments")),
    )
    with op.batch_alter_table("share_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_share_comments_interview_id_created_at_id"),
            ["interview_id", "created_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_share_comments_share_id_created_at_id"),
            ["share_id", "created_at", "id"],
            unique=False,
        )


def downgrade() -> None:
    op.drop_table("share_comments")
    op.drop_table("share_accesses")
    op.drop_table("shares")
