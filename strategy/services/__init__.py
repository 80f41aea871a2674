"""Writes of the strategy app: synthesis runs and the drafts they write."""
