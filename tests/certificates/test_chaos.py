"""Chaos: a worker killed with SIGKILL in the middle of a campaign; after a restart every certificate is issued once.

Runs a real Celery worker (two prefork processes) on Redis against the PostgreSQL test database.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from io import BytesIO
from pathlib import Path

import pytest
from celery import Celery
from django.conf import settings
from django.utils import timezone
from kombu import Exchange, Queue
from pypdf import PdfReader

from certificates.codes import new_code
from certificates.models import Certificate
from tests.conftest import _database_url_of_test_db, _redis_url, needs_service
from tests.courses.conftest import CourseBuilder
from tests.factories import UserFactory

CERTIFICATES = 200


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
        "CERTIFICATE_BATCH_SIZE": "20",
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


def issued_count() -> int:
    return Certificate.objects.filter(status=Certificate.Status.ISSUED).count()


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def pending_campaign(transactional_db, postgres):
    course = CourseBuilder().course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, certificate_validity_months=24)
    learners = [UserFactory(full_name=f"Oʻrinboyeva Gʻuncha {n}", preferred_language="uz") for n in range(CERTIFICATES)]
    now = timezone.now()
    Certificate.objects.bulk_create(
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
        for learner in learners
    )
    return list(Certificate.objects.values_list("pk", flat=True))


@pytest.mark.redis
@pytest.mark.postgres
def test_a_worker_killed_mid_campaign_leaves_every_certificate_issued_exactly_once(pending_campaign, tmp_path):
    broker = _redis_url()
    if broker is None:
        needs_service("needs Redis on 127.0.0.1:6379 for a real Celery worker")
    queue = f"chaos-{uuid.uuid4().hex[:12]}"
    media, mail, log = tmp_path / "media", tmp_path / "mail", tmp_path / "worker.log"
    media.mkdir()
    mail.mkdir()
    client = Celery("chaos", broker=broker, backend=broker)
    with client.connection_for_write() as connection:
        Queue(queue, Exchange(queue, type="direct"), routing_key=queue)(connection.default_channel).declare()
    for certificate_id in pending_campaign:
        client.send_task("certificates.tasks.issue_certificate", args=[certificate_id], queue=queue)

    worker = start_worker(queue, broker, media, mail, log)
    try:
        assert wait_until(lambda: issued_count() > 0, timeout=90), log.read_text()
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=20)
        issued_at_kill = issued_count()
        assert 0 < issued_at_kill < CERTIFICATES, "the worker must die in the middle of the campaign"

        worker = start_worker(queue, broker, media, mail, log)
        assert wait_until(lambda: issued_count() == CERTIFICATES, timeout=120), log.read_text()[-3000:]
        time.sleep(2)  # let any late redelivery run: it must change nothing
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=20)
        client.close()

    certificates = list(Certificate.objects.all())
    assert len(certificates) == CERTIFICATES
    assert {certificate.status for certificate in certificates} == {Certificate.Status.ISSUED}
    assert len({(c.learner_id, c.course_id, c.cycle) for c in certificates}) == CERTIFICATES
    for certificate in certificates:
        pdf = PdfReader(BytesIO((media / certificate.pdf.name).read_bytes()))
        assert len(pdf.pages) == 1
        assert certificate.code in pdf.pages[0].extract_text()
    e_mails = [path.read_text() for path in mail.iterdir()]
    for certificate in certificates:
        assert sum(certificate.code in text for text in e_mails) <= 1, "no holder is told twice"
