from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_accessibility")]

    operations = [
        migrations.CreateModel(
            name="FiguresSnapshot",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=40, unique=True)),
                ("data", models.JSONField(default=dict)),
                ("computed_at", models.DateTimeField()),
            ],
            options={"verbose_name": "figures snapshot"},
        ),
    ]
