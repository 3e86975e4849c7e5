"""Chaos: a campaign's worker is SIGKILLed again and again at random moments; every certificate is issued once.

Runs real Celery workers (two prefork processes each) on Redis against the PostgreSQL test database. What is
counted is what the workers did, not what the fixture created: the moment each certificate was issued (it may
never change once seen), the PDF files written to storage per certificate, the e-mails written per holder, and
what the periodic clean-up deletes. `LMS_EXHAUSTIVE=1` runs a longer campaign with more kills.
"""

import os
import random
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from io import BytesIO
from pathlib import Path

import pytest
from celery import Celery
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from kombu import Exchange, Queue
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from certificates import services
from certificates.codes import new_code
from certificates.models import Certificate
from tests.conftest import _database_url_of_test_db, _redis_url, needs_service, wait_until
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory

EXHAUSTIVE = bool(os.environ.get("LMS_EXHAUSTIVE"))
CERTIFICATES = 2000 if EXHAUSTIVE else 500
KILLS = 30 if EXHAUSTIVE else 10
SEED = 20261203  # the kill moments are random but the same on every run


def start_worker(queue: str, broker: str, media: Path, mail: Path, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings",
        "DEBUG": "true",
        "DATABASE_URL": _database_url_of_test_db(),
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": broker,
        "CELERY_TASK_DEFAULT_QUEUE": queue,  # the issued e-mails go to this worker too
        "CELERY_VISIBILITY_TIMEOUT": "5",
        "CERTIFICATE_BATCH_SIZE": "10",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(media),
        "EMAIL_URL": "filemail://",
        "EMAIL_FILE_PATH": str(mail),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "worker", "-Q", queue, "--concurrency=2",
         "--without-mingle", "--without-gossip", "--loglevel=INFO", "-n", f"{uuid.uuid4().hex[:8]}@%h"],
        cwd=settings.BASE_DIR, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so SIGKILL takes the pool processes down with it
    )  # fmt: skip


def kill(worker: subprocess.Popen) -> None:
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=20)


class Campaign:
    """A queue of issue tasks on Redis, the worker's folders, and what has been seen issued so far."""

    def __init__(self, tmp_path: Path):
        broker = _redis_url()
        if broker is None:
            needs_service("needs Redis on 127.0.0.1:6379 for a real Celery worker")
        self.broker = broker
        self.queue = f"chaos-{uuid.uuid4().hex[:12]}"
        self.media, self.mail, self.log = tmp_path / "media", tmp_path / "mail", tmp_path / "worker.log"
        self.media.mkdir(exist_ok=True)
        self.mail.mkdir()
        self.client = Celery("chaos", broker=broker, backend=broker, set_as_current=False)
        with self.client.connection_for_write() as connection:
            Queue(self.queue, Exchange(self.queue, type="direct"), routing_key=self.queue)(
                connection.default_channel
            ).declare()
        self.issued_at: dict[int, object] = {}  # the first issue time seen for each certificate

    def send(self, task: str, *args) -> None:
        self.client.send_task(task, args=list(args), queue=self.queue)

    def start_worker(self) -> subprocess.Popen:
        return start_worker(self.queue, self.broker, self.media, self.mail, self.log)

    def issued(self) -> int:
        """How many certificates are issued now; remembers when each was first seen issued."""
        for pk, issued_at in Certificate.objects.filter(status=Certificate.Status.ISSUED).values_list(
            "pk", "issued_at"
        ):
            self.issued_at.setdefault(pk, issued_at)
        return len(self.issued_at)

    def notified(self) -> int:
        return Certificate.objects.filter(notified_at__isnull=False).count()

    def log_tail(self) -> str:
        return self.log.read_text()[-3000:]

    def pdf_files(self) -> list[str]:
        return sorted(str(path.relative_to(self.media)) for path in self.media.rglob("*.pdf"))

    def e_mails(self) -> bytes:
        """Every message the workers wrote, one after another (Django's file backend appends messages written
        within the same second to one file, so the files themselves are not counted)."""
        return b"".join(path.read_bytes() for path in self.mail.iterdir())


def recipients(e_mails: bytes) -> Counter:
    return Counter(address.decode() for address in re.findall(rb"^To: (.+)$", e_mails, flags=re.MULTILINE))


CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def written_per_certificate(media: Path, files: list[str], codes: list[str]) -> tuple[Counter, list[str]]:
    """PDF files in storage per certificate code, read from each file's text (private files have random names),
    and the files a killed worker left half-written (no certificate may point to those)."""
    wanted, written, torn = set(codes), Counter(), []
    for file in files:
        try:
            text = PdfReader(BytesIO((media / file).read_bytes())).pages[0].extract_text()
        except (PdfReadError, IndexError, ValueError):
            torn.append(file)
            continue
        written.update(code for code in set(CODE.findall(text)) if code in wanted)
    return written, torn


@pytest.fixture
def campaign(transactional_db, postgres, tmp_path):
    campaign = Campaign(tmp_path)
    yield campaign
    campaign.client.close()


def pending_certificates(count: int) -> list[Certificate]:
    course = CourseBuilder().course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)
    get_user_model().objects.bulk_create(
        UserFactory.build(full_name=f"Oʻrinboyeva Gʻuncha {n}", preferred_language="uz") for n in range(count)
    )
    now = timezone.now()
    return Certificate.objects.bulk_create(
        Certificate(
            learner=learner,
            course=course,
            code=new_code(),
            language="uz",
            learner_name=learner.full_name,
            course_title=course.title,
            cpd_hours=course.cpd_hours,
            completed_at=now,
        )
        for learner in get_user_model().objects.all()
    )


def check_issued_once_with_one_pdf_and_one_e_mail(campaign: Campaign, certificates: list[Certificate]) -> None:
    certificates = list(Certificate.objects.select_related("learner").filter(pk__in=[c.pk for c in certificates]))
    assert {certificate.status for certificate in certificates} == {Certificate.Status.ISSUED}
    assert {c.pk: c.issued_at for c in certificates} == campaign.issued_at, "a certificate was issued again"
    files = campaign.pdf_files()
    assert sorted(certificate.pdf.name for certificate in certificates) == files, "exactly one PDF per certificate"
    for certificate in certificates:
        pdf = PdfReader(BytesIO((campaign.media / certificate.pdf.name).read_bytes()))
        assert len(pdf.pages) == 1
        assert certificate.code in pdf.pages[0].extract_text()
    e_mails = campaign.e_mails()
    assert recipients(e_mails) == Counter(c.learner.email for c in certificates), "exactly one e-mail per holder"
    for certificate in certificates:
        assert e_mails.count(certificate.code.encode()) == 1, "the e-mail links to the certificate"


@pytest.mark.redis
@pytest.mark.postgres
def test_a_worker_killed_again_and_again_leaves_every_certificate_issued_and_e_mailed_exactly_once(campaign):
    certificates = pending_certificates(CERTIFICATES)
    codes = [certificate.code for certificate in certificates]
    for certificate in certificates:
        campaign.send("certificates.tasks.issue_certificate", certificate.pk)
    chance = random.Random(SEED)

    worker = campaign.start_worker()
    try:
        for kill_number in range(1, KILLS + 1):
            before = campaign.issued()
            assert wait_until(lambda before=before: campaign.issued() > before, timeout=120), campaign.log_tail()
            time.sleep(chance.uniform(0, 0.5))  # a random moment: rendering, storing, committing or e-mailing
            kill(worker)
            last_kill = time.monotonic()
            assert campaign.issued() < CERTIFICATES, f"kill {kill_number} came after the campaign had finished"
            worker = campaign.start_worker()
        assert wait_until(lambda: campaign.issued() == CERTIFICATES, timeout=300), campaign.log_tail()
        # The sweep beat runs every five minutes: here, as if they had passed, for e-mails lost with a worker
        # killed between the issuing commit and the queueing of its e-mail (most are still queued: sent once).
        for pk in services.unnotified_certificates(now=timezone.now() + services.STALE_PENDING).values_list(
            "pk", flat=True
        ):
            campaign.send("certificates.tasks.send_issued_notice", pk)
        assert wait_until(lambda: campaign.notified() == CERTIFICATES, timeout=120), campaign.log_tail()
        # Past the visibility timeout after the last kill, any late redelivery has run: it must have changed nothing.
        time.sleep(max(0.0, last_kill + 6 - time.monotonic()))

        files = campaign.pdf_files()
        written, torn = written_per_certificate(campaign.media, files, codes)
        assert set(written) == set(codes), "a PDF of every certificate"
        assert len(files) == sum(written.values()) + len(torn), "PDFs only of these certificates"
        # The hourly clean-up, as if an hour had passed: only files no certificate points to go.
        an_hour_ago = time.time() - 2 * 3600
        for file in files:
            os.utime(campaign.media / file, (an_hour_ago, an_hour_ago))
        result = campaign.client.send_task("certificates.tasks.delete_orphan_pdfs", queue=campaign.queue)
        assert result.get(timeout=60) == len(files) - CERTIFICATES
    finally:
        kill(worker)

    print(
        f"\nchaos: {CERTIFICATES} certificates, {KILLS} SIGKILLs, {len(files)} PDFs written "
        f"({len(files) - CERTIFICATES} orphans cleaned up, {len(torn)} of them half-written), {recipients(campaign.e_mails()).total()} e-mails"
    )
    check_issued_once_with_one_pdf_and_one_e_mail(campaign, certificates)


@pytest.mark.redis
@pytest.mark.postgres
def test_the_same_issue_task_queued_ten_times_issues_one_certificate(campaign):
    certificates = pending_certificates(1)
    results = [
        campaign.client.send_task(
            "certificates.tasks.issue_certificate", args=[certificates[0].pk], queue=campaign.queue
        )
        for _ in range(10)
    ]

    worker = campaign.start_worker()  # two processes, taking the ten tasks at once
    try:
        for result in results:  # each ends well: one issues it, the others find it issued or being issued
            assert result.get(timeout=120) in {"issued", "pending"}
        campaign.issued()
        assert wait_until(lambda: campaign.notified() == 1, timeout=60), campaign.log_tail()
        time.sleep(1)  # a second e-mail, if one were queued, would be written by now
    finally:
        kill(worker)

    check_issued_once_with_one_pdf_and_one_e_mail(campaign, certificates)
