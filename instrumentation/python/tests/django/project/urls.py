from django.urls import path

from . import views

urlpatterns = [
    path("items/<int:item_id>", views.items),
    path("slow/<int:item_id>", views.slow),
    path("cpu/<int:item_id>", views.sync_cpu),
    path("switches", views.switches),
    path("current-trace", views.current_trace),
]
