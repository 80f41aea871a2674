"""“Barriere melden”: anyone reports a barrier on any page; the project office works the messages in the admin."""
