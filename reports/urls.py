from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("units/<int:unit_id>/", views.unit_view, name="unit"),
    path("units/<int:unit_id>/workers/", views.workers_view, name="workers"),
    path("units/<int:unit_id>/export/<str:table>.<str:file_format>", views.export_view, name="export"),
    path("units/<int:unit_id>/certificates.zip", views.certificates_zip, name="certificates_zip"),
    path("units/<int:unit_id>/assign/", views.assign, name="assign"),
    path("units/<int:unit_id>/remind/", views.remind, name="remind"),
]
