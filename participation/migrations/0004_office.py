# Placeholder kept in the chain so parallel work does not fork the migration graph; filled by its owner.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("participation", "0003_search")]

    operations = []
