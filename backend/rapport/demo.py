"""`rapport demo`: a demo account with a realistic network, built through the services (so every
derived field, automatic reminder and referral status is exactly what the API would produce).

A PhD candidate in molecular biology exploring careers outside academia: about 40 contacts,
interviews in every status, referral chains three levels deep, touches over the last five
months, and reminders due today, overdue and upcoming. Times are relative to now, so the
dashboard always looks lived-in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport import automation
from rapport.accounts import service as accounts_service
from rapport.accounts.models import User
from rapport.accounts.schemas import RegisterRequest
from rapport.auth import service as auth_service
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Connection, Contact, Stage
from rapport.contacts.schemas import ContactCreate, ContactUpdate
from rapport.db import utcnow
from rapport.interactions import service as interactions_service
from rapport.interactions.models import InteractionKind
from rapport.interactions.schemas import InteractionCreate
from rapport.interviews import service as interviews_service
from rapport.interviews.models import Interview, InterviewStatus, Medium
from rapport.interviews.schemas import (
    ChecklistItemIn,
    InterviewCreate,
    InterviewUpdate,
    QuestionItemIn,
)
from rapport.questions.models import Question
from rapport.referrals import service as referrals_service
from rapport.referrals.schemas import ReferralCreate
from rapport.reminders import service as reminders_service
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from rapport.reminders.schemas import ReminderCreate, ReminderUpdate

DEMO_EMAIL = "demo@rapport.example"
DEMO_NAME = "Maya Chen"
DEMO_TIMEZONE = "America/Chicago"
DEMO_PITCH = (
    "I'm a fifth-year PhD candidate in molecular biology at Northwestern, where I study how "
    "yeast cells sense and respond to stress. I love the problem-solving side of research and "
    "I'm exploring roles in industry R&D, consulting and science policy where I could use it."
)


class DemoExists(Exception):
    """The demo account is already there (run with reset to recreate it)."""


@dataclass(frozen=True)
class Person:
    key: str
    full_name: str
    organization: str
    title: str
    connection: Connection
    note: str
    tags: tuple[str, ...] = ()
    cadence: int | None = None
    known_days: int = 150  # how long ago you added them


PEOPLE: tuple[Person, ...] = (
    Person(
        "priya",
        "Priya Raman",
        "Genentech",
        "Senior Scientist",
        Connection.alum,
        "We both did our PhDs in the Hartley lab — you defended the year I joined.",
        ("biotech", "alumni"),
        60,
    ),
    Person(
        "okafor",
        "James Okafor",
        "Northwestern University",
        "Associate Professor",
        Connection.former_supervisor,
        "You supervised my rotation project on stress signalling in 2021.",
        ("academia",),
        30,
    ),
    Person(
        "sofia",
        "Sofia Alvarez",
        "McKinsey & Company",
        "Engagement Manager",
        Connection.alum,
        "A fellow Northwestern PhD; we met at the Life Sciences Career Day.",
        ("consulting", "alumni"),
        90,
    ),
    Person(
        "daniel",
        "Daniel Kim",
        "Illumina",
        "Product Manager",
        Connection.colleague,
        "We overlapped at the sequencing core in 2022.",
        ("biotech", "product"),
        90,
    ),
    Person(
        "hannah",
        "Hannah Weiss",
        "AAAS",
        "Science & Technology Policy Fellow",
        Connection.scholarly_society,
        "We talked after the policy session at the ASCB annual meeting.",
        ("policy",),
        120,
    ),
    Person(
        "aisha",
        "Aisha Mohammed",
        "Tempus",
        "Data Scientist",
        Connection.friend,
        "Friends since our first-year biostatistics course.",
        ("data-science",),
        60,
    ),
    Person(
        "laura",
        "Laura Chen",
        "Abbott",
        "R&D Group Leader",
        Connection.alum,
        "Northwestern Biology alum; her talk at the alumni panel stayed with me.",
        ("medtech", "alumni"),
        90,
    ),
    Person(
        "kevin",
        "Kevin Tran",
        "Boston Consulting Group",
        "Consultant",
        Connection.cold,
        "Found through the BCG life sciences practice page.",
        ("consulting",),
    ),
    Person(
        "rachel",
        "Rachel Goldberg",
        "Nature Communications",
        "Associate Editor",
        Connection.scholarly_society,
        "We met at the Genetics Society poster session.",
        ("publishing",),
        120,
    ),
    Person(
        "omar",
        "Omar Haddad",
        "AbbVie",
        "Senior Scientist, Discovery",
        Connection.colleague,
        "Postdoc in the lab next door until 2023.",
        ("pharma",),
        90,
    ),
    Person(
        "julia",
        "Julia Novak",
        "Chan Zuckerberg Initiative",
        "Program Officer",
        Connection.alum,
        "Northwestern IBiS alum, class of 2016.",
        ("nonprofit", "alumni"),
    ),
    Person(
        "wei",
        "Wei Zhang",
        "Baxter",
        "Principal Engineer",
        Connection.friend,
        "We met in the graduate student association.",
        ("medtech",),
    ),
    Person(
        "carlos",
        "Carlos Mendes",
        "Deloitte",
        "Life Sciences Consultant",
        Connection.alum,
        "Same undergraduate program at UIUC.",
        ("consulting", "alumni"),
        90,
    ),
    Person(
        "emily",
        "Emily Foster",
        "Northwestern Innovation & New Ventures",
        "Licensing Associate",
        Connection.colleague,
        "We worked together on the student tech-transfer club.",
        ("tech-transfer",),
        60,
    ),
    Person(
        "nathan",
        "Nathan Brooks",
        "Eli Lilly",
        "Medical Science Liaison",
        Connection.cold,
        "Recommended by the career office's MSL panel list.",
        ("pharma", "msl"),
    ),
    Person(
        "grace_h",
        "Grace Huang",
        "Chicago Biomedical Consortium",
        "Program Manager",
        Connection.scholarly_society,
        "We were on the same CBC symposium committee.",
        ("nonprofit",),
        120,
    ),
    Person(
        "samuel",
        "Samuel Ortiz",
        "Argonne National Laboratory",
        "Staff Scientist",
        Connection.former_supervisor,
        "My undergraduate research mentor.",
        ("government",),
        180,
    ),
    Person(
        "fatima",
        "Fatima Diallo",
        "Gates Foundation",
        "Senior Program Officer",
        Connection.cold,
        "Her op-ed on global health R&D funding is why I'm writing.",
        ("nonprofit", "policy"),
    ),
    Person(
        "ryan",
        "Ryan O'Connor",
        "Ginkgo Bioworks",
        "Strain Engineer",
        Connection.friend,
        "Climbing-gym friend who moved to Boston.",
        ("biotech",),
        90,
    ),
    Person(
        "mei",
        "Mei Tanaka",
        "Roche Diagnostics",
        "Field Application Scientist",
        Connection.alum,
        "Hartley lab alum, 2018.",
        ("diagnostics", "alumni"),
        120,
    ),
    Person(
        "david",
        "David Levi",
        "Northwestern Career Advancement",
        "Career Counselor",
        Connection.other,
        "My career advisor for the PhD program.",
        ("advising",),
        45,
    ),
    Person(
        "zoe",
        "Zoe Park",
        "Science Philanthropy Alliance",
        "Communications Lead",
        Connection.scholarly_society,
        "We co-hosted a SciComm workshop.",
        ("scicomm",),
    ),
    Person(
        "ahmed",
        "Ahmed Karim",
        "Novartis",
        "Clinical Scientist",
        Connection.cold,
        "His webinar on translational careers.",
        ("pharma",),
    ),
    Person(
        "isabel",
        "Isabel Ruiz",
        "Schmidt Futures",
        "Fellow",
        Connection.alum,
        "Northwestern alum in science policy.",
        ("policy", "alumni"),
    ),
    Person(
        "tyler",
        "Tyler Nguyen",
        "Insitro",
        "Machine Learning Scientist",
        Connection.friend,
        "College roommate's brother.",
        ("data-science", "biotech"),
    ),
    Person(
        "anna",
        "Anna Schmidt",
        "Max Planck Institute",
        "Group Leader",
        Connection.colleague,
        "Visiting scientist in our lab in 2022.",
        ("academia",),
        180,
    ),
    Person(
        "michael",
        "Michael Adeyemi",
        "Pfizer",
        "Regulatory Affairs Manager",
        Connection.cold,
        "Found through the DIA regulatory careers directory.",
        ("pharma", "regulatory"),
    ),
    Person(
        "claire",
        "Claire Dubois",
        "Sanofi",
        "Director, Scientific Communications",
        Connection.alum,
        "Northwestern PhD alum (Chemistry).",
        ("pharma", "scicomm"),
    ),
    Person(
        "sarah",
        "Sarah Johnson",
        "Northwestern Postdoctoral Affairs",
        "Program Director",
        Connection.colleague,
        "We organised the 2023 career symposium together.",
        ("advising",),
        90,
    ),
    Person(
        "lucas",
        "Lucas Martin",
        "Takeda",
        "Scientist, Cell Therapy",
        Connection.alum,
        "Hartley lab rotation student in 2019.",
        ("pharma", "alumni"),
    ),
)

# Referral chains: (referrer key, new person, connection note); up to three levels deep.
REFERRED: tuple[tuple[str, Person, str], ...] = (
    (
        "priya",
        Person(
            "marcus",
            "Marcus Bell",
            "Genentech",
            "Principal Scientist",
            Connection.referral,
            "Priya Raman suggested I reach out to you.",
            ("biotech",),
            90,
            70,
        ),
        "Leads the assay development group; mention Priya.",
    ),
    (
        "marcus",
        Person(
            "elena",
            "Elena Petrova",
            "Amgen",
            "Director, Process Development",
            Connection.referral,
            "Marcus Bell thought we should talk.",
            ("biotech",),
            None,
            18,
        ),
        "Moved from academia to process development.",
    ),
    (
        "elena",
        Person(
            "tom",
            "Tom Becker",
            "Vertex",
            "Scientist II",
            Connection.referral,
            "Elena Petrova recommended you.",
            ("pharma",),
            None,
            2,
        ),
        "Recently made the same switch from a yeast lab.",
    ),
    (
        "okafor",
        Person(
            "lena",
            "Lena Fischer",
            "Bain & Company",
            "Associate Partner",
            Connection.referral,
            "James Okafor, my rotation advisor, suggested you.",
            ("consulting",),
            90,
            45,
        ),
        "His former student; now in healthcare consulting.",
    ),
    (
        "lena",
        Person(
            "raj",
            "Raj Patel",
            "ZS Associates",
            "Decision Analytics Associate",
            Connection.referral,
            "Lena Fischer suggested I get in touch.",
            ("consulting",),
            None,
            2,
        ),
        "Started at ZS right after his PhD.",
    ),
    (
        "sofia",
        Person(
            "grace_l",
            "Grace Liu",
            "McKinsey & Company",
            "Associate",
            Connection.referral,
            "Sofia Alvarez suggested we talk.",
            ("consulting",),
            None,
            30,
        ),
        "Joined from a neuroscience PhD last year.",
    ),
    (
        "sofia",
        Person(
            "ben",
            "Ben Carter",
            "L.E.K. Consulting",
            "Senior Consultant",
            Connection.referral,
            "Sofia Alvarez passed along your name.",
            ("consulting",),
            None,
            30,
        ),
        "Knows the life-sciences practice well.",
    ),
    (
        "hannah",
        Person(
            "olivia",
            "Olivia Grant",
            "Office of Science and Technology Policy",
            "Senior Advisor",
            Connection.referral,
            "Hannah Weiss suggested you.",
            ("policy",),
            None,
            10,
        ),
        "Worth asking about the fellowship timeline.",
    ),
    (
        "aisha",
        Person(
            "jonah",
            "Jonah Reyes",
            "Flatiron Health",
            "Senior Data Scientist",
            Connection.referral,
            "Aisha Mohammed suggested I write.",
            ("data-science",),
            None,
            35,
        ),
        "Hires PhDs for real-world evidence work.",
    ),
    (
        "laura",
        Person(
            "nina",
            "Nina Kowalski",
            "Abbott",
            "Senior Scientist",
            Connection.referral,
            "Laura Chen suggested we connect.",
            ("medtech",),
            None,
            55,
        ),
        "Runs the diagnostics assay team.",
    ),
)


@dataclass(frozen=True)
class Conversation:
    """A completed interview: how long ago, what the student noted and what they took away."""

    days_ago: float
    notes: str
    takeaways: str


CONVERSATIONS: dict[str, Conversation] = {
    "priya": Conversation(
        75,
        "Moved to industry after a short postdoc; loves the team science.",
        "Learn basic assay automation; the postdoc is optional for industry R&D.",
    ),
    "okafor": Conversation(
        50,
        "Honest about academic job odds; very supportive of industry.",
        "Ask for a letter early; keep him posted on the search.",
    ),
    "aisha": Conversation(
        40,
        "Data science hires value clean code samples over courses.",
        "Put one analysis notebook on GitHub this month.",
    ),
    "laura": Conversation(
        58,
        "Group leaders hire for ownership and communication.",
        "Prepare a two-minute project story for non-specialists.",
    ),
    "marcus": Conversation(
        20,
        "Process development values people who like messy real-world data.",
        "Read up on bioprocess scale-up; Elena is the person to ask.",
    ),
    "lena": Conversation(
        3,
        "Case interviews reward structure; practise with the consulting club.",
        "Do two practice cases a week; talk to Raj about ZS.",
    ),
    "sofia": Conversation(
        0.8,
        "Explained the associate role and the PhD recruiting track.",
        "Apply by the autumn deadline; Grace and Ben are good next calls.",
    ),
}


def _local(user: User, days_from_today: int, hour: int, minute: int = 0) -> datetime:
    zone = ZoneInfo(user.timezone)
    day = utcnow().astimezone(zone).date() + timedelta(days=days_from_today)
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


class _Builder:
    def __init__(self, session: Session, user: User) -> None:
        self.session = session
        self.user = user
        self.now = utcnow()
        self.contacts: dict[str, Contact] = {}
        self.bank = list(
            session.scalars(
                select(Question)
                .where(Question.user_id == user.id)
                .order_by(Question.priority.desc(), Question.category, Question.id)
            )
        )

    def ago(self, days: float, hours: float = 0) -> datetime:
        return self.now - timedelta(days=days, hours=hours)

    def ahead(self, days: float, hours: float = 0) -> datetime:
        return self.now + timedelta(days=days, hours=hours)

    def fields(self, person: Person) -> ContactCreate:
        slug = person.full_name.lower().replace(" ", ".").replace("'", "")
        return ContactCreate(
            full_name=person.full_name,
            email=f"{slug}@example.com",
            organization=person.organization,
            title=person.title,
            connection=person.connection,
            connection_note=person.note,
            tags=list(person.tags),
            keep_in_touch_days=person.cadence,
        )

    def backdate(self, contact: Contact, days: int) -> None:
        contact.created_at = self.ago(days)
        automation.refresh_touch_state(self.session, contact=contact)

    def add(self, person: Person) -> Contact:
        contact = contacts_service.create_contact(
            self.session, user=self.user, data=self.fields(person)
        )
        self.backdate(contact, person.known_days)
        self.contacts[person.key] = contact
        return contact

    def touch(self, key: str, kind: InteractionKind, days_ago: float, summary: str) -> None:
        interactions_service.log_touch(
            self.session,
            contact=self.contacts[key],
            data=InteractionCreate(kind=kind, occurred_at=self.ago(days_ago), summary=summary),
        )

    def questions(self, count: int) -> list[QuestionItemIn]:
        return [QuestionItemIn(bank_question_id=q.id) for q in self.bank[:count]]

    def interview(self, key: str, **fields: object) -> Interview:
        data = InterviewCreate(contact_id=self.contacts[key].id, **fields)
        return interviews_service.create_interview(self.session, user=self.user, data=data)

    def completed(self, key: str) -> Interview:
        """The interview with ``key`` that :data:`CONVERSATIONS` describes, completed."""
        conversation = CONVERSATIONS[key]
        questions = [
            item.model_copy(update={"asked": True, "notes": "Covered in depth."})
            for item in self.questions(6)
        ]
        return self.interview(
            key,
            status=InterviewStatus.completed,
            scheduled_at=self.ago(conversation.days_ago, hours=1),
            completed_at=self.ago(conversation.days_ago, hours=0.5),
            duration_minutes=30,
            medium=Medium.video,
            goals="Understand the day-to-day and how they made the move from the bench.",
            questions=questions,
            checklist=[
                ChecklistItemIn(key=key, done=True)
                for key in (
                    "research_person",
                    "research_organization",
                    "pitch_ready",
                    "logistics_verified",
                    "questions_ready",
                )
            ],
            notes=conversation.notes,
            takeaways=conversation.takeaways,
            asked_for_referrals=True,
        )

    def thank(self, key: str, interview: Interview, *done: ReminderKind) -> None:
        """The thank-you note, sent half a day after the interview; its automatic reminders of
        the kinds ``done`` marked done."""
        days_ago = CONVERSATIONS[key].days_ago - 0.5
        self.touch(key, InteractionKind.email, days_ago, "Thank-you note sent.")
        self.finish_reminders(interview, *done)

    def finish_reminders(self, interview: Interview, *kinds: ReminderKind) -> None:
        for reminder in self.session.scalars(
            select(Reminder).where(
                Reminder.interview_id == interview.id,
                Reminder.kind.in_(kinds),
                Reminder.status == ReminderStatus.open,
            )
        ).all():
            reminders_service.update_reminder(
                self.session, reminder=reminder, data=ReminderUpdate(status=ReminderStatus.done)
            )

    def refer(self, referrer: str, person: Person, note: str, interview: Interview | None) -> None:
        _referral, contact = referrals_service.create_referral(
            self.session,
            user=self.user,
            data=ReferralCreate(
                referrer_contact_id=self.contacts[referrer].id,
                referred=self.fields(person),
                interview_id=(
                    interview.id
                    if interview is not None and interview.contact_id == self.contacts[referrer].id
                    else None
                ),
                note=note,
                intro_offered=person.key in {"marcus", "lena", "elena"},
            ),
        )
        self.backdate(contact, person.known_days)
        self.contacts[person.key] = contact

    def remind(self, kind: ReminderKind, title: str, due_at: datetime, key: str | None) -> None:
        reminders_service.create_reminder(
            self.session,
            user=self.user,
            data=ReminderCreate(
                kind=kind,
                title=title,
                due_at=due_at,
                contact_id=self.contacts[key].id if key else None,
            ),
        )


def build(session: Session, user: User) -> None:
    """Fill an empty account with the demo network."""
    b = _Builder(session, user)
    for person in PEOPLE:
        b.add(person)
    b.contacts[
        "okafor"
    ].research_notes = "Lab moved to the new biology building; two students on the job market."

    # Reaching out, and the touches of the last months.
    outreach = (
        ("priya", 90),
        ("okafor", 62),
        ("sofia", 35),
        ("daniel", 12),
        ("hannah", 25),
        ("aisha", 48),
        ("laura", 70),
        ("kevin", 40),
        ("rachel", 100),
        ("omar", 8),
        ("carlos", 16),
        ("emily", 130),
        ("grace_h", 5),
        ("samuel", 140),
        ("mei", 95),
        ("david", 30),
        ("julia", 3),
    )
    for key, days in outreach:
        b.touch(key, InteractionKind.email, days, "Sent a short note asking for a 30-minute chat.")
    b.touch("rachel", InteractionKind.event, 64, "Caught up at the Genetics Society mixer.")
    b.touch("omar", InteractionKind.linkedin, 7, "Connected on LinkedIn.")
    b.touch("anna", InteractionKind.article_shared, 120, "Shared our new preprint on Hsp104.")
    b.touch(
        "ryan", InteractionKind.message, 110, "Texted about Ginkgo's open strain-engineer roles."
    )
    b.touch("mei", InteractionKind.call, 88, "Quick call about field application roles.")
    b.touch("samuel", InteractionKind.update, 45, "Sent an update: passed my qualifying exam.")
    b.touch("david", InteractionKind.meeting, 21, "Career-planning meeting; drafted my IDP.")

    # Interviews in every status.
    thanked = {key: b.completed(key) for key in ("priya", "okafor", "aisha", "laura")}
    for key, done in thanked.items():
        b.thank(key, done, ReminderKind.thank_you, ReminderKind.follow_up)
    # Chains three levels deep: Priya → Marcus → Elena → Tom, and Okafor → Lena → Raj.
    by_key = {person.key: (referrer, person, note) for referrer, person, note in REFERRED}
    for key in ("marcus", "lena", "grace_l", "ben", "olivia", "jonah", "nina"):
        referrer, person, note = by_key[key]
        b.refer(referrer, person, note, thanked.get(referrer))
    b.touch("marcus", InteractionKind.email, 30, "Introduced by Priya; asked for a chat.")
    marcus = b.completed("marcus")
    b.thank("marcus", marcus, ReminderKind.thank_you)  # the follow-up is now overdue
    b.refer("marcus", by_key["elena"][1], by_key["elena"][2], marcus)
    b.touch("lena", InteractionKind.email, 10, "Asked for a call, mentioning James.")
    lena = b.completed("lena")  # its thank-you reminder is overdue
    b.refer("lena", by_key["raj"][1], by_key["raj"][2], lena)
    b.completed("sofia")  # thank-you due in a few hours: on today's list
    b.touch("elena", InteractionKind.email, 9, "Wrote to Elena, mentioning Marcus.")
    b.interview(
        "elena",
        scheduled_at=b.ahead(6, hours=2),
        medium=Medium.video,
        location="https://meet.example.com/elena-maya",
        goals="How she moved from a yeast lab into process development.",
        questions=b.questions(8),
    )
    b.refer("elena", by_key["tom"][1], by_key["tom"][2], None)
    b.interview(
        "daniel",
        scheduled_at=_local(user, 2, 10, 30),
        duration_minutes=20,
        medium=Medium.phone,
        location="He will call my mobile.",
        goals="What a PM at a tools company does all week; how PhDs get the first PM job.",
        pitch=DEMO_PITCH + " Product roles at tools companies appeal to me most.",
        questions=b.questions(7),
        checklist=[
            ChecklistItemIn(key="research_person", done=True),
            ChecklistItemIn(key="research_organization", done=True),
            ChecklistItemIn(key="print_resume", label="Have my résumé open", done=False),
        ],
    )
    b.interview(
        "hannah", scheduled_at=b.ahead(20), medium=Medium.video, location="Zoom (link in invite)"
    )
    b.interview("grace_h", status=InterviewStatus.requested)
    b.interview("raj", status=InterviewStatus.requested)
    b.interview(
        "omar",
        scheduled_at=b.ahead(11),
        medium=Medium.in_person,
        location="Café Ambrosia, Evanston",
    )
    cancelled = b.interview("ben", scheduled_at=b.ahead(4))
    interviews_service.update_interview(
        session,
        user=user,
        interview=cancelled,
        data=InterviewUpdate(
            status=InterviewStatus.cancelled, notes="He is travelling; retry in a month."
        ),
    )
    b.interview(
        "kevin",
        status=InterviewStatus.no_show,
        scheduled_at=b.ago(33),
        medium=Medium.phone,
        notes="No answer; sent a polite follow-up the next day.",
    )

    # Stages the student set by hand.
    for key, stage in (
        ("samuel", Stage.keep_in_touch),
        ("anna", Stage.keep_in_touch),
        ("priya", Stage.keep_in_touch),
        ("fatima", Stage.closed),
    ):
        contacts_service.update_contact(
            session, contact=b.contacts[key], data=ContactUpdate(stage=stage)
        )

    # Reminders due today, overdue and upcoming (besides the automatic ones).
    b.remind(
        ReminderKind.share,
        "Send Priya the CRISPR screening preprint she asked about",
        _local(user, 0, 17),
        "priya",
    )
    b.remind(ReminderKind.event, "Register for the BIO career fair", b.ago(3), None)
    b.remind(
        ReminderKind.custom,
        "Ask Hannah about the policy fellowship deadline",
        _local(user, 5, 9),
        "hannah",
    )
    b.remind(
        ReminderKind.custom, "Update James on my committee meeting", _local(user, 10, 9), "okafor"
    )
    b.remind(ReminderKind.event, "ASCB local chapter mixer", _local(user, 8, 18), None)
    session.flush()


def create_demo_account(
    session: Session,
    *,
    email: str = DEMO_EMAIL,
    password: str | None = None,
    reset: bool = False,
) -> tuple[User, str]:
    """Register the demo account and fill it. An existing account with this e-mail is refused
    (DemoExists) unless `reset`, which deletes it with everything in it first. Returns the user
    and the password (a random one unless given). The caller commits."""
    existing = auth_service.user_by_email(session, email)
    if existing is not None:
        if not reset:
            raise DemoExists(email)
        accounts_service.delete_account(session, user=existing)
    password = password or secrets.token_urlsafe(12)
    user = accounts_service.register(
        session,
        data=RegisterRequest(
            email=email, password=password, name=DEMO_NAME, timezone=DEMO_TIMEZONE, pitch=DEMO_PITCH
        ),
    )
    build(session, user)
    return user, password
