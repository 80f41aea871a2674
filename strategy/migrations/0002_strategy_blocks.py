# Placeholder kept in the chain so parallel work does not fork the migration graph; filled by its owner.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("strategy", "0001_initial")]

    operations = []
