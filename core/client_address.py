"""The one place that decides which address a request came from, for every per-address limit.

Behind a reverse proxy every request arrives from the proxy's address, so limits
keyed on REMOTE_ADDR would let one abuser lock everybody out. The proxy's own
report of the client is used only as far as the deployment says to trust it,
with the same settings as allauth's rate limits: `ALLAUTH_TRUSTED_CLIENT_IP_HEADER`
(a header the proxy sets and clients cannot) or `ALLAUTH_TRUSTED_PROXY_COUNT`
(how many proxies append to X-Forwarded-For). Without either, forwarded
headers are ignored, so a client cannot choose its own address.
"""

import ipaddress

from django.conf import settings


def _valid(value: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


def _reported_by_proxy(request) -> str | None:
    header = getattr(settings, "ALLAUTH_TRUSTED_CLIENT_IP_HEADER", None)
    if header:
        return _valid(request.headers.get(header))
    proxies = getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0)
    forwarded = [part for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
    if proxies > 0 and len(forwarded) >= proxies:
        # Each trusted proxy appends the address it received from; entries left of those are the client's say.
        return _valid(forwarded[-proxies])
    return None


def client_address(request) -> str:
    """The address of the client behind a request, as far as the trusted proxies vouch for it."""
    return _reported_by_proxy(request) or _valid(request.META.get("REMOTE_ADDR")) or "unknown"
