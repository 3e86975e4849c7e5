"""Settings load from the environment with safe defaults, and pass Django's deploy check."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "malaka.example.uz",
    "CSRF_TRUSTED_ORIGINS": "https://malaka.example.uz",
    "DATABASE_URL": "postgres://lms@db.internal:5432/lms",
    "CELERY_BROKER_URL": "redis://redis.internal:6379/0",
    "CACHE_URL": "rediscache://redis.internal:6379/1",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.internal:587",
    "WAGTAILADMIN_BASE_URL": "https://malaka.example.uz",
}

PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.CELERY_BROKER_URL, s.CACHES['default']['BACKEND'], "
    "s.DATABASES['default']['CONN_MAX_AGE'], s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
)

CONFIG_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "CACHE_URL",
    "EMAIL_URL",
}


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in CONFIG_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE="lms.settings")
    return subprocess.run(
        [sys.executable, *code], cwd=settings.BASE_DIR, env=clean, capture_output=True, text=True, timeout=120
    )


def test_settings_default_to_sqlite_and_an_embedded_broker_in_development():
    result = run_python(["-c", PRINT_SETTINGS], {"DEBUG": "true"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "django.db.backends.sqlite3",
        "filesystem://",
        "django.core.cache.backends.locmem.LocMemCache",
        "60",
        "True",
    ]


def test_settings_refuse_to_start_without_a_secret_key_when_debug_is_off():
    result = run_python(["-c", PRINT_SETTINGS], {})

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_settings_read_production_values_from_the_environment():
    result = run_python(["-c", PRINT_SETTINGS], PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "django.db.backends.postgresql",
        "redis://redis.internal:6379/0",
        "django.core.cache.backends.redis.RedisCache",
        "60",
        "True",
    ]


def test_deploy_check_passes_with_production_values():
    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr


def test_every_migration_is_applied_to_the_test_database(db):
    executor = MigrationExecutor(connection)

    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []


def test_migrations_apply_on_postgresql(postgres):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM django_migrations WHERE app IN ('lms', 'workforce')")
        (applied,) = cursor.fetchone()

    assert connection.vendor == "postgresql"
    assert applied >= 3


@pytest.mark.parametrize("variable", sorted(CONFIG_VARIABLES | {"CSRF_TRUSTED_ORIGINS", "WAGTAILADMIN_BASE_URL"}))
def test_env_example_documents_every_variable(variable):
    assert f"{variable}=" in (settings.BASE_DIR / ".env.example").read_text()


def test_media_and_certificates_go_to_s3_compatible_storage_when_a_bucket_is_named():
    env = {
        **PRODUCTION_ENV,
        "AWS_STORAGE_BUCKET_NAME": "malaka-media",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "minio",
        "AWS_SECRET_ACCESS_KEY": "minio-secret",
    }
    code = (
        "import django; django.setup(); from django.core.files.storage import default_storage as s; "
        "print(type(s._wrapped).__name__, s.bucket_name); print(s.url('certificates/2026/11/X.pdf'))"
    )

    result = run_python(["-c", code], env)

    assert result.returncode == 0, result.stderr
    kind, url = result.stdout.splitlines()
    assert kind == "S3Storage malaka-media"
    assert url.startswith("http://127.0.0.1:9000/malaka-media/certificates/2026/11/X.pdf?")
    assert "Signature" in url  # private files: links are signed and expire


def test_private_files_go_under_their_own_prefix_of_the_bucket_with_signed_links():
    env = {**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": "malaka-media", "AWS_LOCATION": "production",
           "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000", "AWS_S3_REGION_NAME": "us-east-1",
           "AWS_ACCESS_KEY_ID": "minio", "AWS_SECRET_ACCESS_KEY": "minio-secret"}  # fmt: skip
    code = (
        "import django; django.setup(); from django.core.files.storage import storages; "
        "print(storages['private'].url('certificates/2026/11/X.pdf'))"
    )

    result = run_python(["-c", code], env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("http://127.0.0.1:9000/malaka-media/production/private/certificates/2026/11/X.pdf?")
    assert "Signature" in result.stdout


def test_deploy_check_warns_when_rate_limits_live_in_per_process_memory():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "CACHE_URL"}

    result = run_python(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], env)

    assert result.returncode != 0
    assert "lms.W001" in result.stdout + result.stderr


@pytest.mark.parametrize("variable", ["ALLAUTH_TRUSTED_PROXY_COUNT", "ALLAUTH_TRUSTED_CLIENT_IP_HEADER"])
def test_env_example_and_readme_document_the_trusted_proxy(variable):
    assert variable in (settings.BASE_DIR / ".env.example").read_text()
    assert variable in (settings.BASE_DIR / "README.md").read_text()
