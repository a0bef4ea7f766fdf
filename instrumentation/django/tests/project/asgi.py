import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")

if os.environ.get("TEST_COUNT_SWITCHES") == "1":  # ground truth for the switch counts
    from project import switches

    switches.count()

if os.environ.get("HOPSCOPE_DISABLED") != "1":  # the tests compare against the bare app
    import hopscope_django

    hopscope_django.install()

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
