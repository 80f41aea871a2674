"""Domain events of participation, for the apps above it (notifications) to act on; participation knows no
listener.

Each is sent inside the transaction of the change it reports, so what a receiver writes (an outbox row)
commits or rolls back with the change. Receivers are connected in their app's AppConfig.ready().
"""

from django.dispatch import Signal

# A moderator hid a proposal or a comment. Arguments: target (Proposal or Comment), reason (str).
contribution_hidden = Signal()

# A proposal's status was set by moderation (approval, official answer). Arguments: proposal, old_status (str).
# Sent also when the status stayed the same; receivers decide what is news.
proposal_status_changed = Signal()

# The project office gave a proposal a new official answer. Arguments: proposal.
official_answer_given = Signal()

# A comment or reply became visible to others (on writing, or on approval). Arguments: comment.
comment_published = Signal()

# The project office marked a proposal as a duplicate of another (not sent when the marking is removed).
# Arguments: proposal, original.
proposal_marked_duplicate = Signal()

# A proposal became public: published on writing, approved by the project office, or entered from an event.
# Arguments: proposal.
proposal_published = Signal()

# Votes on proposals were cast, changed, withdrawn or moved; their stored counts moved with them. The vote services
# write in plain SQL (services/votes.py), so no model signal reports a vote. Arguments: proposal_ids (list of int).
votes_changed = Signal()
