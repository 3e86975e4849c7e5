from django.urls import path

from . import views

app_name = "workforce"

urlpatterns = [
    path("facilities/search/", views.facility_search, name="facility_search"),
    path("account-links/", views.account_links, name="account_links"),
    path("account-links/<int:worker_id>/undo/", views.undo_account_link, name="undo_account_link"),
    path(
        "account-links/requests/<int:claim_id>/<str:decision>/",
        views.decide_account_claim,
        name="decide_account_claim",
    ),
]
