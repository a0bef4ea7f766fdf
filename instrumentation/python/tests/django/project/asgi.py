import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")

if os.environ.get("TEST_COUNT_SWITCHES") == "1":  # ground truth for the switch counts
    from project import switches

    switches.count()

if os.environ.get("HOPSCOPE_DISABLED") != "1":  # the tests compare against the bare app
    import hopscope_django

    hopscope_django.install()

if os.environ.get("TEST_OTEL_DJANGO") == "1":
    # OpenTelemetry's Django instrumentation (its middleware first in the chain), exporting
    # its spans to the same endpoint: Hopscope's spans must join its traces.
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.instrumentation.django import DjangoInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    django_provider = TracerProvider()
    django_provider.add_span_processor(
        SimpleSpanProcessor(OTLPSpanExporter(endpoint=os.environ["HOPSCOPE_ENDPOINT"] + "/v1/traces"))
    )
    trace.set_tracer_provider(django_provider)
    DjangoInstrumentor().instrument()

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()

if os.environ.get("TEST_THREAD_CONTEXT") == "1":
    # What Django 4.0+ does inside its handler, done around a Django 3.x one: each request in
    # a ThreadSensitiveContext of its own, so its sync code gets a thread of its own.
    from asgiref.sync import ThreadSensitiveContext

    django_application = application

    async def application(scope, receive, send):  # type: ignore[no-redef]
        async with ThreadSensitiveContext():
            await django_application(scope, receive, send)


if os.environ.get("TEST_OTEL_ASGI") == "1":
    # OpenTelemetry's own ASGI instrumentation around the app, exporting its spans to the same
    # endpoint: Hopscope's spans must join its traces and its figures stay the same.
    from opentelemetry import trace
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.instrumentation.asgi import OpenTelemetryMiddleware
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    provider = TracerProvider(
        resource=Resource.create({"service.name": os.environ.get("HOPSCOPE_SERVICE_NAME", "project")})
    )
    provider.add_span_processor(
        SimpleSpanProcessor(OTLPSpanExporter(endpoint=os.environ["HOPSCOPE_ENDPOINT"] + "/v1/traces"))
    )
    trace.set_tracer_provider(provider)
    application = OpenTelemetryMiddleware(application)  # type: ignore[assignment]
