"""Shared fixtures: a small org tree, accounts per role, and real services when present."""

import os
import subprocess
import sys
import time
import uuid
from io import StringIO
from types import SimpleNamespace

import pytest
import redis
from celery import Celery
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.utils import translation
from kombu import Exchange, Queue

from tests.factories import CadreFactory, UserFactory, add_org_unit
from workforce.models import OrgUnit
from workforce.roles import Role
from workforce.services import grant_role

PASSWORD = "Correct-horse-42"


@pytest.fixture
def org_tree(db):
    """Uzbekistan with two regions, a district in each and two facilities in Tashkent city."""
    country = add_org_unit(None, code="17", level=OrgUnit.Level.COUNTRY, name="Uzbekistan")
    tashkent = add_org_unit(country, code="1726", level=OrgUnit.Level.REGION, name="Tashkent city")
    samarkand = add_org_unit(country, code="1718", level=OrgUnit.Level.REGION, name="Samarkand Region")
    chilonzor = add_org_unit(tashkent, code="1726269", level=OrgUnit.Level.DISTRICT, name="Chilonzor district")
    urgut = add_org_unit(samarkand, code="1718233", level=OrgUnit.Level.DISTRICT, name="Urgut district")
    polyclinic = add_org_unit(
        chilonzor,
        code="F-1726-001",
        level=OrgUnit.Level.FACILITY,
        name="Family polyclinic No. 5",
        facility_type=OrgUnit.FacilityType.FAMILY_POLYCLINIC,
    )
    hospital = add_org_unit(
        chilonzor,
        code="F-1726-002",
        level=OrgUnit.Level.FACILITY,
        name="City clinical hospital No. 1",
        facility_type=OrgUnit.FacilityType.CITY_HOSPITAL,
    )
    health_post = add_org_unit(
        urgut,
        code="F-1718-001",
        level=OrgUnit.Level.FACILITY,
        name="Rural family doctor post Kamangaron",
        facility_type=OrgUnit.FacilityType.RURAL_HEALTH_POST,
    )
    return {
        "country": OrgUnit.objects.get(pk=country.pk),
        "tashkent": OrgUnit.objects.get(pk=tashkent.pk),
        "samarkand": OrgUnit.objects.get(pk=samarkand.pk),
        "chilonzor": OrgUnit.objects.get(pk=chilonzor.pk),
        "urgut": OrgUnit.objects.get(pk=urgut.pk),
        "polyclinic": polyclinic,
        "hospital": hospital,
        "health_post": health_post,
    }


@pytest.fixture
def nurse_cadre(db):
    return CadreFactory()


@pytest.fixture
def ministry_user(db):
    return grant_role(user=UserFactory(email="ministry@example.test"), role=Role.MINISTRY_ANALYST)


@pytest.fixture
def tashkent_supervisor(org_tree):
    user = UserFactory(email="supervisor@example.test")
    return grant_role(user=user, role=Role.SUPERVISOR, org_unit=org_tree["tashkent"])


@pytest.fixture
def learner(db):
    return grant_role(user=UserFactory(email="learner@example.test"), role=Role.LEARNER)


def needs_service(reason: str):
    """Skip a test whose service is missing, or fail it where CI demands every service."""
    if os.environ.get("LMS_REQUIRE_SERVICES"):
        pytest.fail(f"{reason} (LMS_REQUIRE_SERVICES is set, so this may not be skipped)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded images, documents and private files go to folders that are thrown away after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _no_language_left_active():
    """A language a test (or a request it made) activated must not decide the next test's messages."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def demo_seed(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """`manage.py seed_demo` run once per test module (it takes seconds), rolled back afterwards.

    Each test still runs in its own savepoint inside this module-wide transaction.
    """
    media, private = tmp_path_factory.mktemp("demo-media"), tmp_path_factory.mktemp("demo-private")
    with (
        django_db_blocker.unblock(),
        override_settings(
            DEBUG=True,
            MEDIA_ROOT=str(media),
            PRIVATE_MEDIA_ROOT=str(private),
            # Rendering the history's certificates takes most of the seeding: only a module that asks gets them.
            DEMO_CERTIFICATE_PDFS=getattr(request.module, "DEMO_CERTIFICATE_PDFS", False),
        ),
    ):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            out = StringIO()
            call_command("seed_demo", stdout=out)
            yield out.getvalue()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def postgres(db):
    """Marks a test that needs PostgreSQL (row locks, concurrent transactions)."""
    if connection.vendor != "postgresql":
        needs_service("needs PostgreSQL: set DATABASE_URL=postgres://... (CI does)")


def _redis_url() -> str | None:
    """The Redis URL to run real workers against, if a Redis server answers."""
    url = os.environ.get("CELERY_BROKER_URL", "")
    if not url.startswith("redis"):
        url = "redis://127.0.0.1:6379/12"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return None
    return url


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A real Celery worker process on Redis, consuming a queue of this test session only.

    Yields a Celery client app and the queue name; tasks sent with
    `app.send_task(name, queue=queue)` run in the worker, never eagerly.
    """
    url = _redis_url()
    if url is None:
        needs_service("needs Redis on 127.0.0.1:6379 for a real Celery worker")
    queue = f"test-{uuid.uuid4().hex[:12]}"
    mail_dir = tmp_path_factory.mktemp("worker-mail")
    media_dir = tmp_path_factory.mktemp("worker-media")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings",
        "DEBUG": "true",
        "CELERY_BROKER_URL": url,
        "CELERY_RESULT_BACKEND": url,
        "CELERY_TASK_DEFAULT_QUEUE": queue,  # what the worker's tasks queue (e-mails, follow-ups) comes back to it
        "EMAIL_URL": "filemail://",
        "EMAIL_FILE_PATH": str(mail_dir),
        "MEDIA_ROOT": str(media_dir),
        "PRIVATE_MEDIA_ROOT": str(media_dir / "private"),
    }
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = _database_url_of_test_db()
    log = open(tmp_path_factory.mktemp("worker-log") / "worker.log", "w")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "worker", "-Q", queue, "--concurrency=1",
         "--max-tasks-per-child=1",  # a fresh process per task: no ids cached from an earlier test's rows
         "--without-mingle", "--without-gossip", "--loglevel=INFO", "-n", f"{queue}@%h"],
        cwd=settings.BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    client = Celery("tests", broker=url, backend=url, set_as_current=False)  # the project's app stays current
    # Bind the queue before sending: Redis drops messages for an exchange with no queue bound yet.
    with client.connection_for_write() as broker:
        Queue(queue, Exchange(queue, type="direct"), routing_key=queue)(broker.default_channel).declare()
    try:
        yield SimpleNamespace(app=client, url=url, queue=queue, mail_dir=mail_dir, media_dir=media_dir, process=worker)
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        log.close()
        client.close()


@pytest.fixture
def real_worker(celery_worker_process, transactional_db, postgres, settings):
    """This test's background work runs in the session's real worker, not eagerly: what the code queues (with
    `delay`, `delay_on_commit`) goes through Redis to that worker, which reads the committed rows of the test
    database and shares this test's media folder. Yields the worker (its `mail_dir` holds the e-mails it sent)."""
    from lms.celery import app

    worker = celery_worker_process
    settings.MEDIA_ROOT = str(worker.media_dir)
    settings.PRIVATE_MEDIA_ROOT = str(worker.media_dir / "private")
    changed = {"task_always_eager": False, "broker_url": worker.url, "task_default_queue": worker.queue}
    saved = {key: app.conf[key] for key in changed}
    app.conf.update(changed)
    _forget_broker(app)
    try:
        yield worker
    finally:
        app.conf.update(saved)
        _forget_broker(app)


def _forget_broker(app) -> None:
    """Drop the app's connections, queues and routes, so that they are made again from its current settings."""
    app._pool = None  # kombu keeps the pools of each URL: the one for the new URL is found or made
    app.__dict__.pop("amqp", None)


def wait_until(condition, timeout: float) -> bool:
    """Whether `condition()` became true within `timeout` seconds (polled every 50 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def e_mails_to(folder, address: str) -> list[str]:
    """The messages to this address that Django's file backend wrote to a folder (one file may hold several)."""
    return [
        message
        for path in sorted(folder.iterdir())
        for message in path.read_text().split("-" * 79 + "\n")
        if f"To: {address}\n" in message
    ]


def _database_url_of_test_db() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def one_minute(monkeypatch):
    """Rate-limit windows that do not roll over while a test sends its requests."""
    from certificates import selectors as certificate_selectors

    monkeypatch.setattr(certificate_selectors, "minute_of", lambda now: 0)
