"""The workforce records in the Wagtail admin: cadres, the roster and supervisors' scopes."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Cadre, HealthWorker, OrgUnit, SupervisorScope


class CadreViewSet(ModelViewSet):
    model = Cadre
    icon = "group"
    form_fields = ["isco_code", "name_uz", "name_ru", "name_en"]
    list_display = ["isco_code", "name_uz", "name_ru", "name_en"]
    search_fields = ["isco_code", "name_uz", "name_ru", "name_en"]


class HealthWorkerViewSet(ModelViewSet):
    """The roster, searchable and editable entry by entry."""

    model = HealthWorker
    icon = "user"
    form_fields = ["full_name", "employee_number", "facility", "cadre", "position", "is_active"]
    list_display = ["full_name", "employee_number", "facility", "cadre", "is_active", "user"]
    list_filter = ["cadre", "is_active", "account_link"]
    search_fields = ["full_name", "employee_number"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return HealthWorker.objects.select_related("facility", "cadre", "user")


class SupervisorScopeForm(forms.ModelForm):
    """Supervisors oversee a region or a district, so facilities are not offered."""

    class Meta:
        model = SupervisorScope
        fields = ["user", "org_unit"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = OrgUnit.objects.exclude(level=OrgUnit.Level.FACILITY).order_by("path")
        self.fields["user"].queryset = self.fields["user"].queryset.filter(groups__name="Supervisor")


class SupervisorScopeViewSet(ModelViewSet):
    model = SupervisorScope
    icon = "site"
    form_fields = ["user", "org_unit"]
    list_display = ["user", "org_unit"]

    def get_form_class(self, for_update=False):
        return SupervisorScopeForm


class WorkforceViewSetGroup(ModelViewSetGroup):
    menu_label = _("Workforce")
    menu_icon = "group"
    menu_order = 300
    items = (CadreViewSet, HealthWorkerViewSet, SupervisorScopeViewSet)


@hooks.register("register_admin_viewset")
def register_workforce_viewsets():
    return WorkforceViewSetGroup()


@hooks.register("register_admin_urls")
def register_import_urls():
    """Roster and facility imports: upload, report, apply, progress and history (workforce/import_views.py)."""
    from django.urls import include, path

    from .import_views import URL_NAMESPACE, urlpatterns

    return [path("workforce/imports/", include((urlpatterns, URL_NAMESPACE)))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from .import_views import import_menu_item

    return import_menu_item()
