import factory
from django.contrib.auth import get_user_model

from participation.choices import ActionField, ProposalStatus
from participation.models import Comment, Proposal, Vote


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"buerger{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("ein-sicheres-passwort")


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    title = factory.Sequence(lambda n: f"Vorschlag Nummer {n}")
    body = "Mehr Trinkbrunnen in der Innenstadt, damit an heißen Tagen alle Wasser finden."
    action_field = ActionField.ECOSYSTEM
    author = factory.SubFactory(UserFactory)
    status = ProposalStatus.PUBLISHED


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = "Gute Idee, am Königsplatz fehlt so etwas."


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vote

    proposal = factory.SubFactory(ProposalFactory)
    voter = factory.SubFactory(UserFactory)
    value = Vote.Value.AGREE
