"""Background work runs in a real Celery worker through Redis, not in eager mode."""

import pytest


@pytest.mark.redis
def test_email_task_round_trip_through_redis_and_a_worker(celery_worker_process):
    worker = celery_worker_process

    result = worker.app.send_task(
        "core.tasks.send_email_message",
        kwargs={
            "subject": "Sertifikat muddati tugayapti",
            "body": "Hurmatli hamshira, sertifikatingiz 30 kundan keyin tugaydi.",
            "from_email": "no-reply@malaka.local",
            "to": ["nurse@example.test"],
        },
        queue=worker.queue,
    )

    assert result.get(timeout=60) == 1
    sent = "".join(path.read_text() for path in worker.mail_dir.iterdir())
    assert "nurse@example.test" in sent
    assert worker.process.poll() is None, "the worker process must still be running"
