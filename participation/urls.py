from django.urls import path

from . import views

app_name = "participation"

urlpatterns = [
    path("", views.proposal_list_view, name="proposal_list"),
    path("karte/", views.proposal_map, name="proposal_map"),
    path("karte/punkte.json", views.proposal_map_points_json, name="proposal_map_points"),
    path("neu/", views.proposal_create_view, name="proposal_create"),
    path("aehnlich/", views.similar_proposals_json, name="similar_proposals"),
    path("<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path("<int:pk>/bearbeiten/", views.proposal_edit, name="proposal_edit"),
    path("<int:pk>/zurueckziehen/", views.proposal_withdraw_view, name="proposal_withdraw"),
    path("<int:pk>/abstimmen/", views.proposal_vote, name="proposal_vote"),
    path("<int:pk>/stimme-uebertragen/", views.vote_move, name="vote_move"),
    path("<int:pk>/melden/", views.proposal_report, name="proposal_report"),
    path("<int:pk>/kommentieren/", views.comment_create_view, name="comment_create"),
    path("kommentare/<int:pk>/bearbeiten/", views.comment_edit, name="comment_edit"),
    path("kommentare/<int:pk>/loeschen/", views.comment_delete_view, name="comment_delete"),
    path("kommentare/<int:pk>/anheften/", views.comment_pin_view, name="comment_pin"),
    path("kommentare/<int:pk>/melden/", views.comment_report, name="comment_report"),
]
