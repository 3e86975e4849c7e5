"""How django-allauth creates accounts, signs people in and sends mail here."""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation

from core.client_address import client_address
from core.links import absolute_url, mail_site
from core.tasks import send_email_message
from courses.authoring import is_course_author
from workforce.roles import Role, has_role

from .views import set_language_cookie


def landing_url(user) -> str:
    """Where each role works: supervisors and analysts on the dashboard, trainers and reviewers in the
    authoring home (the Wagtail admin), learners on My learning."""
    if has_role(user, Role.SUPERVISOR) or has_role(user, Role.MINISTRY_ANALYST):
        return reverse("dashboard:home")
    if is_course_author(user):
        return reverse("wagtailadmin_home")
    return reverse("courses:my_learning")


class AccountAdapter(DefaultAccountAdapter):
    """Applies the account's preferred language at login and sends mail from a worker.

    Links in its e-mails start with the site's configured address, and the
    e-mails name the site (`core.links`).
    """

    def post_login(self, request, user, **kwargs):
        language = user.preferred_language
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().post_login(request, user, **kwargs)
        set_language_cookie(response, language)
        return response

    def get_login_redirect_url(self, request):
        """After signing in without a `next` address, each role lands where it works."""
        return landing_url(request.user)

    def get_client_ip(self, request):
        """The address allauth's rate limits count by: the same as every other per-address limit."""
        return client_address(request)

    def get_email_confirmation_url(self, request, emailconfirmation):
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key):
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, {"current_site": mail_site(), **context})
        html = next(
            (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), None
        )
        # The message is fully rendered here, so the worker needs no database
        # rows and sending need not wait for the request's transaction.
        send_email_message.delay(
            subject=message.subject,
            body=message.body,
            from_email=message.from_email,
            to=list(message.to),
            html=html,
        )
