"""Mounted under konto/benachrichtigungen/ (smartkassel/urls.py), where the links in sent mails point."""

from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
