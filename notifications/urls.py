"""Mounted under konto/benachrichtigungen/ (smartkassel/urls.py), where the links in sent mails point."""

from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("abbestellen-kontakt/<str:token>/", views.contact_unsubscribe, name="contact_unsubscribe"),
    path("folgen/", views.follows, name="follows"),
    path("folgen/vorschlag/<int:pk>/", views.follow_proposal, name="follow_proposal"),
]
