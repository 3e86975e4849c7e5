"""A synthetic country at national scale: org tree, roster, accounts, courses and three years of learning.

It feeds load tests and the ministry dashboard benchmark, so its figures are
shaped like reality: Uzbekistan's 14 first-level units and their real districts
and towns, facilities of the real types with skewed sizes, the ISCO-08 cadres
with nurses the largest group, enrolments mostly in courses for the worker's
cadre, certificates that expire, are renewed and now and then revoked.

Everything is a pure function of (scale, seed, now). Every large table has its
own generator of rows, and the generators replay the same per-facility random
streams, so no table is ever held in memory. `write_rows` streams rows with COPY
on PostgreSQL and with batched INSERTs on other databases.
"""

import time
from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import connection, transaction

from assessments.models import LearningOutcome
from certificates.models import Certificate
from courses.models import Enrolment
from demo.national.assignments import create_assignments, create_staff
from demo.national.certificates import create_certificates
from demo.national.courses import create_courses
from demo.national.learning import create_enrolments
from demo.national.org_tree import create_org_tree, ensure_cadres
from demo.national.outcomes import create_learning_outcomes
from demo.national.plan import Plan, World
from demo.national.roster import create_accounts, create_email_addresses, create_learner_roles, create_roster
from demo.national.writing import analyse
from workforce.models import HealthWorker, OrgUnit


def existing_data() -> str:
    """Why the database may not receive a synthetic country, or "" when it may."""
    units, workers = OrgUnit.objects.count(), HealthWorker.objects.count()
    if units or workers:
        return f"The database already holds {units:,} org units and {workers:,} roster workers."
    return ""


STAGES = (
    ("org units", create_org_tree),
    ("cadres", ensure_cadres),
    ("courses", create_courses),
    ("staff accounts", create_staff),
    ("assignments", create_assignments),
    ("accounts", create_accounts),
    ("e-mail addresses", create_email_addresses),
    ("learner roles", create_learner_roles),
    ("roster workers", create_roster),
    ("enrolments", create_enrolments),
    ("certificates", create_certificates),
    ("learning outcomes", create_learning_outcomes),
)


def generate_country(plan: Plan, *, report: Callable[[str, int | None, float], None]) -> dict[str, int]:
    """Create the whole country in one transaction, calling `report(what, how many, seconds)` after each stage."""
    world = World(plan)
    counts = {}
    with transaction.atomic():
        for label, create in STAGES:
            started = time.monotonic()
            counts[label] = create(world)
            report(label, counts[label], time.monotonic() - started)
        started = time.monotonic()
    # Foreign keys are checked when the transaction commits (Django makes them deferrable).
    report("commit", None, time.monotonic() - started)
    if connection.vendor == "postgresql":
        started = time.monotonic()
        analyse(get_user_model(), EmailAddress, HealthWorker, Enrolment, Certificate, LearningOutcome)
        report("analyse", None, time.monotonic() - started)
    return counts
