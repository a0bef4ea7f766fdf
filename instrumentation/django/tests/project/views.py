import asyncio

from django.http import JsonResponse


async def items(request, item_id):
    await asyncio.sleep(0.003)
    return JsonResponse({"id": item_id})
