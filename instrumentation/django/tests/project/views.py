import asyncio

from django.http import JsonResponse


async def items(request, item_id):
    await asyncio.sleep(0.003)
    return JsonResponse({"id": item_id})


async def slow(request, item_id):
    """An async view that waits 200 ms (a slow upstream call)."""
    await asyncio.sleep(0.2)
    return JsonResponse({"id": item_id})


async def switches(request):
    """The independent switch count so far (project/switches.py)."""
    from project.switches import COUNTS

    return JsonResponse(COUNTS)
