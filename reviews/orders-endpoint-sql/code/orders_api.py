"""Support dashboard: list a customer's orders."""
from flask import Blueprint, jsonify, request

from app.auth import current_user, login_required
from app.db import db

orders = Blueprint("orders", __name__)

SORTABLE = {"created_at", "total", "status"}


@orders.route("/customers/<int:customer_id>/orders")
@login_required
def list_orders(customer_id: int):
    status = request.args.get("status", "open")
    search = request.args.get("q", "")
    sort = request.args.get("sort", "created_at")
    limit = int(request.args.get("limit", 50))
    offset = int(request.args.get("offset", 0))

    if sort not in SORTABLE:
        sort = "created_at"

    sql = (
        "SELECT id, status, total, created_at FROM orders "
        f"WHERE customer_id = {customer_id} AND status = '{status}' "
        f"AND product_name ILIKE '%{search}%' "
        f"ORDER BY {sort} DESC LIMIT {limit} OFFSET {offset}"
    )
    with db.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()

    result = []
    for order_id, order_status, total, created_at in rows:
        with db.cursor() as cur:
            cur.execute(
                "SELECT sku, quantity FROM order_items WHERE order_id = %s", (order_id,)
            )
            items = [{"sku": s, "quantity": q} for s, q in cur.fetchall()]
        result.append(
            {
                "id": order_id,
                "status": order_status,
                "total": str(total),
                "created_at": created_at.isoformat(),
                "items": items,
            }
        )
    return jsonify(result)
