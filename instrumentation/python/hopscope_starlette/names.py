"""The Starlette producer's own names, beside the contract's (hopscope/semconv.py): its
instrumentation scope, its framework in middleware.framework (FastAPI is Starlette), and
the framework's own step (error and exception middleware, routing, sending the response),
one of the contract's FRAMEWORK_STEPS."""

SCOPE = "hopscope_starlette"
FRAMEWORK = "starlette"
HANDLER_STEP = "starlette.handler"
