"""How django-allauth creates accounts, signs people in and sends mail here."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from .client_address import client_address
from .tasks import send_email_message
from .views import set_language_cookie


class AccountAdapter(DefaultAccountAdapter):
    """Applies the account's preferred language at login and sends mail from a worker."""

    def post_login(self, request, user, **kwargs):
        language = user.preferred_language
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().post_login(request, user, **kwargs)
        set_language_cookie(response, language)
        return response

    def get_client_ip(self, request):
        """The address allauth's rate limits count by: the same as every other per-address limit."""
        return client_address(request)

    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
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
