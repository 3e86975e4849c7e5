"""A certificate for each completion of a certifying course and each renewal; a few revoked."""

import itertools
import random
from collections.abc import Iterator

from django.conf import settings

from certificates.codes import ALPHABET
from certificates.models import Certificate
from certificates.services import issuer_of
from demo.national.learning import learning_histories
from demo.national.plan import DAY, World, add_months, moment
from demo.national.writing import write_rows

PENDING_SECONDS = 600  # certificates of completions younger than this are still being prepared
REVOKED_SHARE = 0.006  # some revocations would fall after now, so ~0.5% end up revoked

REVOCATION_REASONS = (
    (Certificate.RevocationReason.ISSUED_IN_ERROR, 40, "Xodim kursni boshqa muassasa hisobidan yakunlagan."),
    (Certificate.RevocationReason.IDENTITY, 25, "Shaxsni tasdiqlovchi hujjat roʻyxatga mos kelmadi."),
    (Certificate.RevocationReason.MISCONDUCT, 20, "Yakuniy test boshqa shaxs tomonidan topshirilgan."),
    (Certificate.RevocationReason.OTHER, 15, "Viloyat sogʻliqni saqlash boshqarmasining soʻrovi boʻyicha."),
)


CERTIFICATE_FIELDS = (
    "learner_id", "course_id", "cycle", "code", "status", "language", "learner_name", "course_title", "cpd_hours",
    "issuer", "completed_at", "issued_at", "expires_at", "pdf", "revoked_at", "revoked_by_id", "revocation_reason",
    "revocation_note", "created_at",
)  # fmt: skip


def certificate_rows(world: World) -> Iterator[tuple]:
    """One certificate per completion of a certifying course: cycle 1, then one per renewal."""
    plan = world.plan
    rng = plan.rng("certificates")
    issuers = {language: issuer_of(None, language) for language, _name in settings.LANGUAGES}
    reasons = [(reason, note) for reason, _weight, note in REVOCATION_REASONS]
    reason_weights = list(itertools.accumulate(weight for _reason, weight, _note in REVOCATION_REASONS))
    Status = Certificate.Status
    for worker, studies in learning_histories(world):
        for study in studies:
            course = study.course
            if not course.gives_certificate:
                continue
            for cycle, done in enumerate(study.completions, start=1):
                completed = moment(done)
                code = _code(rng)
                if plan.now_ts - done < PENDING_SECONDS:
                    yield (
                        worker.user_id, course.id, cycle, code, Status.PENDING, worker.language, worker.full_name,
                        course.title, course.cpd_hours, "", completed, None, None, "", None, None, "", "", completed,
                    )  # fmt: skip
                    continue
                issued = moment(done + rng.randint(15, 240))
                expires = add_months(issued, course.validity_months) if course.validity_months else None
                status, revoked, revoked_by, reason, note = Status.ISSUED, None, None, "", ""
                if rng.random() < REVOKED_SHARE:
                    revoked_ts = done + rng.randint(2, 200) * DAY
                    if revoked_ts < plan.now_ts:
                        reason, note = rng.choices(reasons, cum_weights=reason_weights)[0]
                        status, revoked, revoked_by = Status.REVOKED, moment(revoked_ts), world.ministry_id
                yield (
                    worker.user_id, course.id, cycle, code, status, worker.language, worker.full_name, course.title,
                    course.cpd_hours, issuers[worker.language], completed, issued, expires, "", revoked, revoked_by,
                    reason, note, completed,
                )  # fmt: skip


_CODE_PAIRS = [first + second for first in ALPHABET for second in ALPHABET]


def _code(rng: random.Random) -> str:
    """A verification code in the format of `certificates.codes.new_code()`, from the seeded stream."""
    bits = rng.getrandbits(80)
    pairs = [_CODE_PAIRS[(bits >> shift) & 1023] for shift in (70, 60, 50, 40, 30, 20, 10, 0)]
    return f"{pairs[0]}{pairs[1]}-{pairs[2]}{pairs[3]}-{pairs[4]}{pairs[5]}-{pairs[6]}{pairs[7]}"


def create_certificates(world: World) -> int:
    return write_rows(Certificate, CERTIFICATE_FIELDS, certificate_rows(world))
