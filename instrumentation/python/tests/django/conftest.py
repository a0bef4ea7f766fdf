"""pytest for hopscope_django, beside the package (npm test runs it in every environment of
the support matrix): the test project's settings, and no exports anywhere."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("HOPSCOPE_ENDPOINT", "http://127.0.0.1:9")  # discard: nothing listens

import django  # noqa: E402

django.setup()
