"""The Content-Security-Policy of the site's pages: scripts, styles and media from this origin only.

Every script is a file under `static/` (no inline `<script>`, no `on…=` attributes, no `javascript:` links)
and every style is in a stylesheet (no `style=""` attributes), so the policy needs neither nonces nor
'unsafe-inline'. The Wagtail admin and the API's Swagger page keep their own needs and are left out
(`CONTENT_SECURITY_POLICY_EXEMPT`).
"""

from django.conf import settings

HEADER = "Content-Security-Policy"


def policy() -> str:
    """The header's value, built from `settings.CONTENT_SECURITY_POLICY` (directive -> sources)."""
    return "; ".join(" ".join([directive, *sources]) for directive, sources in settings.CONTENT_SECURITY_POLICY.items())


class ContentSecurityPolicyMiddleware:
    """Add the policy to every response outside the exempt paths, unless a view set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if HEADER in response or request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_EXEMPT)):
            return response
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # Django's technical error pages (DEBUG only) style themselves inline
        response[HEADER] = policy()
        return response
