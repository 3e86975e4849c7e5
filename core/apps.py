from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Plumbing every app stands on: page routing cache, links, private files, e-mail, ids in URLs."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .converters import bound_ids_in_urls
        from .routing import bump_content_version

        bound_ids_in_urls()
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
