from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from allauth.mfa.signals import authenticator_added

        from .signals import second_factor_record_on_setup

        authenticator_added.connect(second_factor_record_on_setup, dispatch_uid="accounts_second_factor_on_setup")
