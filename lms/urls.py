from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from core.storage import serve_public_media
from workforce.import_views import InvitedSignupView

from . import views
from .api import api as api_v1

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/<str:language>/", views.switch_language, name="switch_language"),
    # The Wagtail admin signs people in through allauth, with its rate limits.
    path("admin/login/", views.ThrottledLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/redirects/import/", views.redirect_import),  # checks a workbook before Wagtail opens it
    path("admin/account/", never_cache(require_admin_access(views.AccountView.as_view())), name="wagtailadmin_account"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api_v1.urls),
]

urlpatterns += i18n_patterns(
    path("accounts/login/", views.ThrottledLoginView.as_view(), name="account_login"),
    # An invitation from a roster import pre-fills the sign-up form and joins the roster entry.
    path("accounts/signup/", InvitedSignupView.as_view(), name="account_signup"),
    path("accounts/", include("allauth.urls")),
    path("workforce/", include("workforce.urls")),
    path("dashboard/", include("reports.urls")),
    path("", include("courses.urls")),
    path("", include("assessments.urls")),
    path("", include("certificates.urls")),
    path("account/api-tokens/", include("api.urls")),
    re_path(r"^(?!_util/|admin/|api/)((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    # Public media only (Wagtail images and documents); private files have no URL (core/storage.py).
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", serve_public_media)]
