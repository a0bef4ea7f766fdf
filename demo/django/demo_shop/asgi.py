import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo_shop.settings")

import hopscope_django  # noqa: E402

hopscope_django.install(
    service_name="demo-shop-django",
    service_version=os.environ.get("DEMO_VERSION", "before"),
    environment="demo",
    export_interval=5,
)

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
