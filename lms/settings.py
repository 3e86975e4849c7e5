"""Settings for the national health-workforce learning platform.

Every value comes from the environment (or a `.env` file) through django-environ;
`.env.example` lists and explains each variable. Defaults are safe: DEBUG is off
unless set, and production refuses to start without a secret key.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="insecure-development-key-do-not-use-in-production")
else:
    SECRET_KEY = env.str("SECRET_KEY")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "lms",
    "core",
    "workforce",
    "courses",
    "assessments",
    "reviews",
    "certificates",
    "events",
    "reports",
    "api",
    "spreadsheets",
    "demo",
    "ninja",
    "wagtail.contrib.forms",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "treebeard",
    "django_celery_beat",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.middleware.AccountLanguageInAdmin",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.middleware.RejectUnstorableText",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.csp.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# Database: SQLite under var/ by default, PostgreSQL in production.
# Persistent connections with health checks: +35-50 % requests/s measured on
# database-backed Wagtail pages.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "lms.User"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://lms")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "lms.backends.ModelBackend",
    "lms.backends.AuthenticationBackend",
]

# Internationalisation: Uzbek (Latin) first, then Russian and English.
LANGUAGE_CODE = "uz"
LANGUAGES = [
    ("uz", "Oʻzbekcha"),
    ("ru", "Русский"),
    ("en", "English"),
]
# Our own strings first, then our catalogues of the Wagtail admin (lms/wagtail_catalogues.py); both win over the apps.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "lms" / "wagtail_locale"]
FORMAT_MODULE_PATH = ["lms.formats"]
TIME_ZONE = "Asia/Tashkent"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = "Malaka"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_USER_EDIT_FORM = "lms.forms.StaffUserEditForm"
WAGTAIL_USER_CREATION_FORM = "lms.forms.StaffUserCreationForm"
WAGTAIL_USER_CUSTOM_FIELDS = ["full_name", "preferred_language"]
# Wagtail's one autosave switch also covers new pages, which autosave would create as drafts unasked: off.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# No third-party requests from the admin (Gravatar would receive a hash of each e-mail address).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# ASCII slugs ("qolqoplarni-togri-yechish"), easy to share by SMS; titles keep their letters.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "txt", "csv", "mp4", "webm"]
# Learning materials are public to learners; serving them straight from media
# storage lets phones stream and seek videos (range requests), which Wagtail's
# serve view does not support.
WAGTAILDOCS_SERVE_METHOD = "direct"

# Static and media files; whitenoise serves hashed static files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
# Certificate PDFs and roster/facility uploads: outside MEDIA_ROOT, so no URL maps to them (core/storage.py).
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private")))
# `seed_demo` renders the PDFs of the demo history's certificates (the tests turn it off where unneeded).
DEMO_CERTIFICATE_PDFS = env.bool("DEMO_CERTIFICATE_PDFS", default=True)
# Uploaded media and certificate PDFs: local files by default; S3-compatible object storage (AWS, MinIO, Ceph)
# when a bucket is named. Files are private: links are signed and expire.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    _s3_options = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
        "location": env.str("AWS_LOCATION", default=""),
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=600),
        "file_overwrite": False,
    }
    DEFAULT_STORAGE = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3_options}
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "location": env.str(
                "AWS_PRIVATE_LOCATION", default="/".join(filter(None, [_s3_options["location"], "private"]))
            ),
        },
    }
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    PRIVATE_STORAGE = {"BACKEND": "core.storage.PrivateFileSystemStorage"}
STORAGES = {
    "default": DEFAULT_STORAGE,
    "private": PRIVATE_STORAGE,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Accounts (django-allauth): e-mail address as login, mandatory verification.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "lms.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "lms.forms.SignupProfileForm"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Malaka] "
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("RATE_LIMIT_LOGIN_FAILED", default="10/m/ip,5/5m/key"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
# Behind a reverse proxy: how to find the client's address for every per-address rate limit (allauth's and
# the platform's, see core/client_address.py). Either the number of proxies that append to X-Forwarded-For,
# or a header the proxy sets (e.g. X-Real-IP). Neither: forwarded headers are ignored.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env.str("ALLAUTH_TRUSTED_CLIENT_IP_HEADER", default="") or None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Malaka"

# E-mail: printed to the console by default; SMTP in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Malaka <no-reply@malaka.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery: an embedded filesystem broker by default (no server needed);
# Redis in production.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://")
CELERY_RESULT_BACKEND = (
    env.str(
        "CELERY_RESULT_BACKEND",
        default=CELERY_BROKER_URL if CELERY_BROKER_URL.startswith("redis") else "",
    )
    or None
)
if CELERY_BROKER_URL.startswith("filesystem"):
    _broker_dir = VAR_DIR / "broker"
    for _folder in ("queue", "processed"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "store_processed": False,
    }
    CELERY_WORKER_ENABLE_REMOTE_CONTROL = False
elif CELERY_BROKER_URL.startswith("redis"):
    # With late acknowledgement, a task whose worker died is delivered again after this many seconds.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="lms")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# How many pending certificates one worker renders as one document.
CERTIFICATE_BATCH_SIZE = env.int("CERTIFICATE_BATCH_SIZE", default=50)
# Largest roster or facility file (CSV or XLSX) staff may upload, in bytes.
ROSTER_IMPORT_MAX_BYTES = env.int("ROSTER_IMPORT_MAX_BYTES", default=20 * 1024 * 1024)
# Largest size an uploaded workbook (XLSX: roster import, redirect import) may unpack to, in bytes.
SPREADSHEET_MAX_UNPACKED_BYTES = env.int("SPREADSHEET_MAX_UNPACKED_BYTES", default=512 * 1024 * 1024)
# Seconds a worker may spend rendering one batch; a batch over the limit is retried one certificate at a time.
CERTIFICATE_RENDER_TIME_LIMIT = env.int("CERTIFICATE_RENDER_TIME_LIMIT", default=120)
# How often the dashboard's summaries of the country, regions and districts are rebuilt (their freshness).
INDICATOR_REFRESH_SECONDS = env.int("INDICATOR_REFRESH_SECONDS", default=600)
CELERY_BEAT_SCHEDULE = {
    "close-expired-quiz-attempts": {"task": "assessments.tasks.close_expired_attempts", "schedule": 60.0},
    "requeue-stale-certificates": {"task": "certificates.tasks.requeue_stale_certificates", "schedule": 300.0},
    "refresh-indicator-summaries": {
        "task": "reports.tasks.refresh_indicator_summaries",
        "schedule": float(INDICATOR_REFRESH_SECONDS),
    },
    "certificate-expiry-reminders": {"task": "certificates.tasks.send_expiry_reminders", "schedule": 6 * 3600.0},
    "delete-orphan-certificate-pdfs": {"task": "certificates.tasks.delete_orphan_pdfs", "schedule": 3600.0},
}

# Security: strict by default when DEBUG is off (see `check --deploy`).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin frame, so DENY would
# break authoring; SAMEORIGIN still refuses framing by other sites.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
# Content-Security-Policy of the public and learner pages (lms/csp.py): nothing inline, nothing from
# another origin, except media from the S3-compatible bucket when there is one.
_media_origins = []
if AWS_STORAGE_BUCKET_NAME:
    _endpoint = env.str("AWS_S3_ENDPOINT_URL", default="")
    _media_origins = ["/".join(_endpoint.split("/")[:3]) if _endpoint else "https://*.amazonaws.com"]
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # data: for the QR code of two-factor set-up (allauth draws it as a data: image).
    "img-src": ["'self'", "data:", *_media_origins],
    "media-src": ["'self'", *_media_origins],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # The video block's players, framed only when the learner presses play (static/js/lesson.js).
    "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# The Wagtail admin (its own inline scripts and styles) and the API's Swagger page (inline styles).
CONTENT_SECURITY_POLICY_EXEMPT = ["/admin/", "/api/v1/docs"]
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Wagtail's search-index and reference-index tasks log every run at INFO.
        "django_tasks": {"level": "WARNING"},
        # Django's own console handler would print every line a second time.
        "django": {"level": "INFO"},
        "wagtail": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
