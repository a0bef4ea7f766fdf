from django.urls import path

from . import views

urlpatterns = [path("items/<int:item_id>", views.items)]
