"""How django-allauth creates accounts, signs people in and sends mail here."""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation

from .links import absolute_url, mail_site
from .tasks import send_email_message
from .views import set_language_cookie


class AccountAdapter(DefaultAccountAdapter):
    """Applies the account's preferred language at login and sends mail from a worker.

    Links in its e-mails start with the site's configured address, and the
    e-mails name the site (`lms.links`).
    """

    def post_login(self, request, user, **kwargs):
        language = user.preferred_language
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().post_login(request, user, **kwargs)
        set_language_cookie(response, language)
        return response

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
