"""GET /healthz tells a load balancer whether the database, broker and cache answer."""

from django.urls import reverse


def test_healthz_reports_ok_when_every_service_answers(client, db):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok", "cache": "ok"}


def test_healthz_answers_503_naming_an_unreachable_broker(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"

    response = client.get(reverse("healthz"))

    assert response.status_code == 503
    body = response.json()
    assert body["broker"].startswith("error")
    assert body["database"] == "ok"
