"""Errors the notification tasks retry on, apart from the services so the tasks need not import them early."""


class NotificationNotSent(Exception):
    """The mail server refused or could not be reached; the task retries, the sweep tries again later."""
