from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Platform")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import checks  # noqa: F401 - registers the deployment checks
        from .backends import forget_cached_user

        user_model = self.get_model("User")
        post_save.connect(forget_cached_user, sender=user_model, dispatch_uid="lms-forget-cached-user")
        post_delete.connect(forget_cached_user, sender=user_model, dispatch_uid="lms-forget-cached-user-deleted")
