from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("daten/", views.data_export, name="data_export"),
    path("loeschen/", views.delete, name="delete"),
    path("einladung/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
