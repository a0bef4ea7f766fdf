"""The Django demo shop: Django's default MIDDLEWARE plus an audit middleware that is
synchronous only in version "before" (it keeps the sync thread across the async views)
and async-capable in "after" (DEMO_VERSION)."""
SECRET_KEY = "hopscope-demo-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "demo_shop.urls"
USE_TZ = True
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions", "django.contrib.messages"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "demo_shop.middleware.AuditLog",  # SyncAudit in "before", AsyncAudit in "after"
]
