# The home page's invitation: a heading and a short text beside the open phase and the call to action (#15).
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="join_title",
            field=models.CharField(
                blank=True, help_text="Empty: “Take part now”.", max_length=80, verbose_name="invitation heading"
            ),
        ),
        migrations.AddField(
            model_name="homepage",
            name="join_text",
            field=models.CharField(
                blank=True,
                help_text="One or two sentences under the heading: what visitors can do now.",
                max_length=240,
                verbose_name="invitation text",
            ),
        ),
    ]
