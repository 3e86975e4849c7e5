"""What the Wagtail admin needs for events: who may manage them (scoped like every report) and the event form.

Organisers are the people the platform already scopes to an org unit: a
supervisor manages the events of their area (a regional organiser, their
region's), a ministry analyst every event. The funding partners' list is the
ministry's to keep.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies.base import BasePermissionPolicy

from workforce.models import OrgUnit
from workforce.roles import Role
from workforce.selectors import sees_whole_country, visible_org_units

from .models import FundingPartner, TrainingEvent
from .scheduling import check_no_overlap
from .selectors import manageable_events


def is_organiser(user) -> bool:
    return user.is_authenticated and user.is_active and visible_org_units(user).exists()


def _scoped_users():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=[Role.MINISTRY_ANALYST.value, Role.SUPERVISOR.value]))
    )


class EventPermissionPolicy(BasePermissionPolicy):
    """Organisers add, change and view the events of their area; events are cancelled, never deleted."""

    allowed_actions = frozenset({"add", "change", "view"})

    def user_has_permission(self, user, action):
        return action in self.allowed_actions and is_organiser(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and manageable_events(user).filter(pk=instance.pk).exists()

    def instances_user_has_permission_for(self, user, action):
        if action not in self.allowed_actions:
            return TrainingEvent.objects.none()
        return manageable_events(user)

    def users_with_any_permission(self, actions):
        return _scoped_users().distinct() if self.allowed_actions.intersection(actions) else _scoped_users().none()


class FundingPartnerPermissionPolicy(BasePermissionPolicy):
    """The ministry keeps the list of funding partners; organisers choose from it."""

    def user_has_permission(self, user, action):
        if action == "view":
            return is_organiser(user)
        return action in ("add", "change") and sees_whole_country(user)

    def users_with_any_permission(self, actions):
        return _scoped_users().distinct()


event_permission_policy = EventPermissionPolicy(TrainingEvent)
funding_partner_permission_policy = FundingPartnerPermissionPolicy(FundingPartner)


class TrainingEventForm(WagtailAdminModelForm):
    """The event with its sessions and facilitators; organising units are those the person oversees, sessions of
    the event may not overlap, and an event is completed only by closing it (which records completions)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "organiser" in self.fields:
            self.fields["organiser"].queryset = visible_org_units(for_user).order_by("path")
        if "status" in self.fields and self.instance.status != TrainingEvent.Status.COMPLETED:
            self.fields["status"].choices = [
                choice for choice in self.fields["status"].choices if choice[0] != TrainingEvent.Status.COMPLETED
            ]
        if "target_units" in self.fields:
            self.fields["target_units"].queryset = OrgUnit.objects.exclude(level=OrgUnit.Level.FACILITY)
        if "funding_partner" in self.fields:
            self.fields["funding_partner"].queryset = FundingPartner.objects.filter(is_active=True)

    def clean(self):
        cleaned_data = super().clean()
        sessions = self.formsets.get("sessions")
        if sessions is not None:
            slots = [
                (form.cleaned_data["date"], form.cleaned_data["starts_at"], form.cleaned_data["ends_at"])
                for form in sessions.forms
                if form.is_valid()
                and form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and all(form.cleaned_data.get(key) for key in ("date", "starts_at", "ends_at"))
            ]
            try:
                check_no_overlap(slots)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned_data

    def save(self, commit=True):
        if self.instance.pk is None and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)
