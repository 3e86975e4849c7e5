"""The organiser closes an event from the admin: a confirmation, then the one closing service."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .completion import close_event
from .models import Participation, TrainingEvent
from .selectors import manageable_events, seats_taken

CLOSABLE = (TrainingEvent.Status.PLANNED, TrainingEvent.Status.OPEN, TrainingEvent.Status.RUNNING)


def edit_url(event: TrainingEvent) -> str:
    return reverse("training_events:edit", args=[event.pk])


@require_http_methods(["GET", "POST"])
def close_view(request, pk: int):
    """Confirm, then record who completed the event (once); another area's event is not found."""
    event = get_object_or_404(manageable_events(request.user), pk=pk)
    if event.status not in CLOSABLE:
        messages.warning(request, _("This event is already closed or cancelled."))
        return redirect(edit_url(event))
    if request.method == "POST":
        try:
            completed = close_event(event=event, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(edit_url(event))
        messages.success(
            request,
            _("The event is closed: %(completed)s of %(participants)s participants completed it.")
            % {"completed": len(completed), "participants": seats_taken(event)},
        )
        return redirect(edit_url(event))
    expected = event.participations.filter(status__in=Participation.ATTENDING).count()
    context = {"event": event, "participants": expected, "edit_url": edit_url(event)}
    return TemplateResponse(request, "events/admin/close_event.html", context)
