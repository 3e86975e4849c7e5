from django.db import migrations, models


def mark_issued_as_notified(apps, schema_editor):
    """Certificates issued before this field existed were e-mailed when issued: never e-mail them again."""
    Certificate = apps.get_model("certificates", "Certificate")
    Certificate.objects.filter(issued_at__isnull=False).update(notified_at=models.F("issued_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('certificates', '0005_private_storage'),
    ]

    operations = [
        migrations.AddField(
            model_name='certificate',
            name='notified_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='holder e-mailed at'),
        ),
        migrations.RunPython(mark_issued_as_notified, migrations.RunPython.noop),
    ]
