"""Emails about participation: to authors (status, official answer, hidden, replies) and to the project office.

The hooks (notify_*) are called by the participation services inside their transactions.
"""
