"""Page routing with a cache, and the content version that invalidates page caches.

Wagtail resolves a URL by walking the page tree one query per path segment.
Published content changes rarely compared with how often it is read, so the
result of each walk is cached under a *content version* that any publish,
unpublish, move or delete of a page, any change of a site and any change of a
view restriction bumps. Pages under a view restriction are still checked on
every request by Wagtail's own hook.
"""

import threading
import time

from django.apps import apps
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.wagtail_hooks import check_view_restrictions

CONTENT_VERSION_KEY = "lms:content-version"
ROUTE_CACHE_SECONDS = 6 * 3600


# A page view asks for the version a dozen times; each process re-reads it from
# the shared cache at most once a second (so other processes see a change
# within a second; this process sees its own changes at once).
VERSION_MEMO_SECONDS = 1.0
_memo = threading.local()


def content_version() -> int:
    now = time.monotonic()
    if getattr(_memo, "expires", 0) > now:
        return _memo.version
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(CONTENT_VERSION_KEY, version, None)
    _memo.version, _memo.expires = version, now + VERSION_MEMO_SECONDS
    return version


def bump_content_version(**kwargs) -> None:
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, 2, None)
    _memo.expires = 0


def _site(request):
    """Wagtail's site lookup (one query per request), cached per host and port."""
    key = f"lms:site:{content_version()}:{request._get_raw_host()}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        cache.set(key, site or False, ROUTE_CACHE_SECONDS)
    request._wagtail_site = site or None
    return request._wagtail_site


def cached_page(model, page_id: int):
    """A live page by id, from the cache until the content version changes (None if not live)."""
    key = f"lms:page:{content_version()}:{model._meta.label_lower}:{page_id}"
    page = cache.get(key)
    if page is None:
        page = model._default_manager.filter(pk=page_id, live=True).first() or False
        cache.set(key, page, ROUTE_CACHE_SECONDS)
    return page or None


def _has_view_restrictions(page) -> bool:
    key = f"lms:restricted:{content_version()}:{page.pk}"
    restricted = cache.get(key)
    if restricted is None:
        restricted = page.get_view_restrictions().exists()
        cache.set(key, restricted, ROUTE_CACHE_SECONDS)
    return restricted


def _route(request, path):
    site = _site(request)
    key = f"lms:route:{content_version()}:{site.pk if site else 0}:{get_language()}:{path}"
    cached = cache.get(key)
    if cached is not None:
        model_label, page_id, args, kwargs = cached
        page = cached_page(apps.get_model(model_label), page_id)
        if page is not None:
            return page, args, kwargs
    result = Page.route_for_request(request, path)
    if result is None:
        raise Http404
    page, args, kwargs = result
    cache.set(key, (page._meta.label_lower, page.pk, args, kwargs), ROUTE_CACHE_SECONDS)
    return page, args, kwargs


def serve(request, path):
    """Wagtail's serve view, with cached routing."""
    page, args, kwargs = _route(request, path)

    def serve_chain(page, request, args, kwargs):
        return page.serve(request, *args, **kwargs)

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        if fn is check_view_restrictions and not _has_view_restrictions(page):
            continue
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
