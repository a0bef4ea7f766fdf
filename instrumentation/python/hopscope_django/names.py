"""The Django producer's own names, beside the contract's (hopscope/semconv.py): its
instrumentation scope, its framework in middleware.framework, and Django's own step (the
handler: signals, URL resolution, response.close), one of the contract's FRAMEWORK_STEPS."""

SCOPE = "hopscope_django"
FRAMEWORK = "django"
HANDLER_STEP = "django.handler"
