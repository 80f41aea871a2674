from django.urls import path

from . import views

app_name = "participation"

urlpatterns = [
    path("", views.proposal_list_view, name="proposal_list"),
    path("karte/", views.proposal_map, name="proposal_map"),
    path("neu/", views.proposal_create_view, name="proposal_create"),
    path("aehnlich/", views.similar_proposals_json, name="similar_proposals"),
    path("<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path("<int:pk>/bearbeiten/", views.proposal_edit, name="proposal_edit"),
    path("<int:pk>/zurueckziehen/", views.proposal_withdraw_view, name="proposal_withdraw"),
]
