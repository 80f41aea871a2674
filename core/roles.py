"""The portal's roles (Django groups) by name. Their rights are in the roles table and roles_sync()."""

# The project office moderates, answers, edits and publishes pages; council members read figures and drafts.
MODERATOR_GROUP = "Projektbüro"
COUNCIL_GROUP = "Stadtverordnete"
