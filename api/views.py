"""The profile page where staff create, list and revoke their personal API tokens.

Learners may not hold tokens, so for them the page does not exist (404). A new
token is shown once, in the response to the form that created it, and never
stored: the page is not cached and reloading it cannot show the token again.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import services
from .models import ApiToken


class TokenForm(forms.Form):
    """What a new token is for, and whether it may change anything."""

    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=ApiToken._meta.get_field("name").max_length,
        help_text=gettext_lazy("What the token is for, e.g. the HR system."),
    )
    scope = forms.ChoiceField(
        label=gettext_lazy("Access"),
        choices=ApiToken.Scope.choices,
        initial=ApiToken.Scope.READ,
        widget=forms.RadioSelect,
        help_text=gettext_lazy("Read only, unless the system must also change records (the roster, say)."),
    )


def _token_holder(request):
    """The signed-in staff member; the page is not found for anyone else."""
    if not services.may_hold_tokens(request.user):
        raise Http404
    return request.user


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def tokens(request):
    """The caller's tokens, and the form to create one; a created token is shown once, on the page that follows."""
    user = _token_holder(request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token, text = services.issue_token(user=user, **form.cleaned_data)
        return render(request, "api/token_created.html", {"token": token, "text": text})
    context = {"tokens": ApiToken.objects.filter(user=user), "form": form}
    return render(request, "api/tokens.html", context, status=400 if form.is_bound else 200)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def revoke(request, token_id: int):
    """Ask to confirm, then revoke one of the caller's own tokens."""
    token = get_object_or_404(
        ApiToken.objects.filter(user=_token_holder(request), revoked_at__isnull=True), pk=token_id
    )
    if request.method == "POST":
        services.revoke_token(token=token)
        messages.success(request, _("The token “%(name)s” is revoked; it no longer works.") % {"name": token.name})
        return redirect("api:tokens")
    return render(request, "api/token_revoke.html", {"token": token})
