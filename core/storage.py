"""Private files (certificate PDFs, roster and facility uploads) and the public media folders.

Private files live in their own storage, `STORAGES["private"]`: on disk under
`PRIVATE_MEDIA_ROOT`, outside `MEDIA_ROOT`, so no `/media/` URL maps to them;
on S3 under their own prefix, with signed, expiring links. They get an
unguessable name and are served only by views that check who asks
(`private_file_response`). Public media (Wagtail images and documents) stays
under `MEDIA_ROOT`.
"""

import os
import posixpath
import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.views.static import serve

# The folders of MEDIA_ROOT meant for everyone: Wagtail's original images, their renditions,
# documents (served directly, WAGTAILDOCS_SERVE_METHOD) and staff avatars shown in the admin.
PUBLIC_MEDIA_FOLDERS = ("original_images", "images", "documents", "avatar_images")


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk under `PRIVATE_MEDIA_ROOT`, with no URL: only a view that checks permission hands them out."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("A private file has no URL; serve it through a view that checks permission.")


def private_storage():
    """The storage of private files (a callable, so that migrations name it instead of copying its settings)."""
    return storages["private"]


@deconstructible
class PrivateUploadTo:
    """`<folder>/<year>/<month>/<random token><extension>`: a name nobody can guess from the code or the file."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        extension = PurePath(filename).suffix.lower()
        return f"{self.folder}/{timezone.now():%Y/%m}/{secrets.token_urlsafe(24)}{extension}"

    def __eq__(self, other):
        return isinstance(other, PrivateUploadTo) and other.folder == self.folder


def private_file_response(file: FieldFile, *, filename: str) -> FileResponse:
    """Stream a private file to someone a view has already allowed, as a download; not found when it is gone."""
    if not file or not file.storage.exists(file.name):
        raise Http404
    return FileResponse(file.open("rb"), as_attachment=True, filename=filename)


def serve_public_media(request, path: str):
    """`make run` (DEBUG) serves the public media folders only; anything else under MEDIA_URL is not found."""
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] not in PUBLIC_MEDIA_FOLDERS:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def move_to_private_storage(model, field_name: str) -> None:
    """Move the files of one field that are still in the public storage to the private one, under new names.

    For data migrations: each row is saved on its own (run the migration with `atomic = False`), and the public
    copy is deleted only after the row points to the private one.
    """
    public, private = storages["default"], storages["private"]
    upload_to = model._meta.get_field(field_name).upload_to
    for row in model.objects.exclude(**{field_name: ""}).only("pk", field_name).iterator():
        name = getattr(row, field_name).name
        if private.exists(name) or not public.exists(name):
            continue
        with public.open(name, "rb") as source:
            new_name = private.save(upload_to(row, name), source)
        model.objects.filter(pk=row.pk).update(**{field_name: new_name})
        public.delete(name)
