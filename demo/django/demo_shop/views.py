import asyncio

from django.http import JsonResponse

PRODUCTS = [{"id": i, "name": f"Product {i}", "price": 5 + i % 40} for i in range(1, 201)]


# A stand-in for an async database call: 20 ms the event loop can serve others during,
# unless a sync-only middleware keeps Django's one sync thread across it.
DATABASE_CALL_S = 0.02


async def products(request):
    await asyncio.sleep(DATABASE_CALL_S)
    return JsonResponse({"products": PRODUCTS[:20]})


async def product(request, product_id):
    await asyncio.sleep(DATABASE_CALL_S)
    return JsonResponse(PRODUCTS[(product_id - 1) % len(PRODUCTS)])
