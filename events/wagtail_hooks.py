"""Face-to-face training in the Wagtail admin: events with their sessions and facilitators, scoped to the organiser's
area, and the ministry's list of funding partners."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

from .admin_forms import TrainingEventForm, event_permission_policy, funding_partner_permission_policy
from .admin_views import CLOSABLE, close_view
from .models import FundingPartner, TrainingEvent
from .selectors import manageable_events

register_permission_policy(TrainingEvent, event_permission_policy)
register_permission_policy(FundingPartner, funding_partner_permission_policy)


class ScopedObjectMixin:
    """Another area's event is not found, as everywhere else on the platform."""

    def get_object(self, queryset=None):
        event = super().get_object(queryset)
        if not manageable_events(self.request.user).filter(pk=event.pk).exists():
            raise Http404
        return event


class EventIndexView(IndexView):
    def get_base_queryset(self):
        return manageable_events(self.request.user).select_related("organiser", "funding_partner")

    def _get_title_column(self, field_name, *args, **kwargs):
        column = super()._get_title_column(field_name, *args, **kwargs)
        column.label = _("Title")  # the title is a property (in the reader's language), which has no verbose name
        return column


class EventEditView(ScopedObjectMixin, EditView):
    @cached_property
    def header_buttons(self):
        if self.object.status not in CLOSABLE:
            return super().header_buttons
        close = HeaderButton(
            gettext("Close the event"), url=reverse("events_close", args=[self.object.pk]), icon_name="success"
        )
        return [*super().header_buttons, close]


class EventInspectView(ScopedObjectMixin, InspectView):
    pass


class TrainingEventViewSet(ModelViewSet):
    """Training events of the organiser's area, each with its sessions and facilitators inline."""

    model = TrainingEvent
    icon = "date"
    name = "training_events"
    menu_label = _("Training events")
    list_display = ["title", "modality", "organiser", "status", "capacity", "created_at"]
    list_filter = ["status", "modality", "funding_partner"]
    search_fields = ["title_uz", "title_ru", "title_en"]
    inspect_view_enabled = True
    index_view_class = EventIndexView
    edit_view_class = EventEditView
    inspect_view_class = EventInspectView
    permission_policy = event_permission_policy
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("title_uz"), FieldPanel("title_ru"), FieldPanel("title_en"), FieldPanel("language")],
                heading=_("Title"),
            ),
            FieldRowPanel([FieldPanel("modality"), FieldPanel("status")]),
            FieldPanel("course"),
            FieldRowPanel([FieldPanel("organiser"), FieldPanel("funding_partner")]),
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("cpd_hours")]),
            FieldPanel("target_cadres"),
            FieldPanel("target_units"),
            InlinePanel("sessions", label=_("Sessions"), min_num=1),
            InlinePanel("facilitators", label=_("Facilitators")),
            MultiFieldPanel([FieldPanel("self_registration"), FieldPanel("needs_approval")], heading=_("Registration")),
            MultiFieldPanel(
                [FieldPanel("completion_threshold"), FieldPanel("pre_test"), FieldPanel("post_test")],
                heading=_("Completion"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("gives_certificate"),
                    FieldPanel("certificate_validity_months"),
                    FieldPanel("certificate_template"),
                    FieldPanel("trainer_validity_months"),
                ],
                heading=_("Certificates"),
            ),
        ],
        base_form_class=TrainingEventForm,
    )


class FundingPartnerViewSet(ModelViewSet):
    model = FundingPartner
    icon = "pick"
    name = "funding_partners"
    menu_label = _("Funding partners")
    form_fields = ["name_uz", "name_ru", "name_en", "is_active"]
    list_display = ["name_uz", "name_ru", "name_en", "is_active"]
    search_fields = ["name_uz", "name_ru", "name_en"]
    permission_policy = funding_partner_permission_policy


class EventsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Face-to-face training")
    menu_icon = "date"
    menu_order = 320
    items = (TrainingEventViewSet, FundingPartnerViewSet)


@hooks.register("register_admin_viewset")
def register_events_viewsets():
    return EventsViewSetGroup()


@hooks.register("register_admin_urls")
def register_close_url():
    return [path("training-events/<int:pk>/close/", close_view, name="events_close")]
