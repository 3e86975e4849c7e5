"""Authentication backends that keep the signed-in user in the cache between requests.

Django loads the user from the database on every request; the account rarely
changes, so it is cached by id and forgotten whenever the row is saved or
deleted (see LmsConfig.ready). A change made with queryset.update() bypasses
that and shows after at most USER_CACHE_SECONDS.
"""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.core.cache import cache

USER_CACHE_SECONDS = 300


def user_cache_key(user_id) -> str:
    return f"lms:user:{user_id}"


def forget_cached_user(sender, instance, **kwargs) -> None:
    cache.delete(user_cache_key(instance.pk))


class CachedUserMixin:
    def get_user(self, user_id):
        key = user_cache_key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(key, user, USER_CACHE_SECONDS)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(CachedUserMixin, DjangoModelBackend):
    """Django's username/password backend with the cached user."""


class AuthenticationBackend(CachedUserMixin, AllauthBackend):
    """allauth's e-mail/password backend with the cached user."""
