import asyncio

from django.http import JsonResponse

PRODUCTS = [{"id": i, "name": f"Product {i}", "price": 5 + i % 40} for i in range(1, 201)]


async def products(request):
    await asyncio.sleep(0.001)  # a stand-in for an async database call
    return JsonResponse({"products": PRODUCTS[:20]})


async def product(request, product_id):
    await asyncio.sleep(0.001)
    return JsonResponse(PRODUCTS[(product_id - 1) % len(PRODUCTS)])
