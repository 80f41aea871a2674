from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("", views.barrier_report, name="barrier_report"),
    path("danke/", views.barrier_report_thanks, name="barrier_report_thanks"),
]
