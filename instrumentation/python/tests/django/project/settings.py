"""A Django project with middleware of known cost, for the tests (driven by npm test)."""

import json
import os

SECRET_KEY = "hopscope-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "project.urls"
USE_TZ = True
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# Django's default MIDDLEWARE list (startproject), then the test's own.
DEFAULT_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
_extra = os.environ.get("TEST_MIDDLEWARE", "project.middleware.SyncBusy,project.middleware.AsyncCapable")
_defaults = DEFAULT_MIDDLEWARE if os.environ.get("TEST_DEFAULT_MIDDLEWARE", "1") == "1" else []
MIDDLEWARE = _defaults + [m for m in _extra.split(",") if m]

# Errors to stderr, so a failing test shows why.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["stderr"], "level": "ERROR"},
        "hopscope_django": {"handlers": ["stderr"], "level": "WARNING"},
    },
}

# Hopscope's settings, as a project would write them (the tests pass them in as JSON).
if "TEST_SETTINGS_HOPSCOPE" in os.environ:
    HOPSCOPE = json.loads(os.environ["TEST_SETTINGS_HOPSCOPE"])
