from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Platform")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import checks  # noqa: F401 - registers the deployment checks
        from .backends import forget_cached_user
        from .converters import bound_ids_in_urls
        from .routing import bump_content_version

        bound_ids_in_urls()
        user_model = self.get_model("User")
        post_save.connect(forget_cached_user, sender=user_model, dispatch_uid="lms-forget-cached-user")
        post_delete.connect(forget_cached_user, sender=user_model, dispatch_uid="lms-forget-cached-user-deleted")

        # Any change to the published page tree invalidates cached routes and outlines.
        page_published.connect(bump_content_version, dispatch_uid="lms-content-version-published")
        page_unpublished.connect(bump_content_version, dispatch_uid="lms-content-version-unpublished")
        post_page_move.connect(bump_content_version, dispatch_uid="lms-content-version-moved")
        post_delete.connect(bump_content_version, sender=Page, dispatch_uid="lms-content-version-deleted")
        for model in (Site, PageViewRestriction):
            post_save.connect(bump_content_version, sender=model, dispatch_uid=f"lms-content-version-{model.__name__}")
            post_delete.connect(
                bump_content_version, sender=model, dispatch_uid=f"lms-content-version-{model.__name__}-d"
            )
