from django.db import migrations, models


class Migration(migrations.Migration):
    """A notification kind for a proposal marked as a duplicate, and each person's switch for it (on by default)."""

    dependencies = [
        ("notifications", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="notificationpreference",
            name="duplicate",
            field=models.BooleanField(default=True, verbose_name="email when a proposal is marked as a duplicate"),
        ),
        migrations.AlterField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                choices=[
                    ("status", "The status of my proposal changes"),
                    ("answer", "The project office answers my proposal"),
                    ("hidden", "The project office hides my proposal or comment"),
                    ("duplicate", "The project office marks my proposal as a duplicate"),
                    ("reply", "Someone comments on my proposal or replies to my comment"),
                    ("staff_digest", "New reports and contributions awaiting moderation (project office, hourly)"),
                ],
                max_length=20,
                verbose_name="kind",
            ),
        ),
    ]
