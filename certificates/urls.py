from django.urls import path, re_path

from . import views

app_name = "certificates"

CODE = r"(?P<code>[0-9A-Za-z\-]{16,24})"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    re_path(rf"^verify/{CODE}\.json$", views.verify_json, name="verify_json"),
    re_path(rf"^verify/{CODE}/$", views.verify, name="verify"),
    path("learning/certificates/", views.my_certificates, name="mine"),
    re_path(rf"^learning/certificates/{CODE}/pdf/$", views.download, name="download"),
    re_path(rf"^learning/certificates/{CODE}/status/$", views.status, name="status"),
    re_path(rf"^learning/certificates/{CODE}/renew/$", views.renew, name="renew"),
]
