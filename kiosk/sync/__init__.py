"""Talking to the municipal backend: the outbox, its relay, content and heartbeat sync.

The kiosk keeps serving citizens with the network down: what they submit or
pay waits in the outbox (SQLite, written before anything is sent) and the
relay delivers it, at least once, with an Idempotency-Key the backend uses
to keep it exactly once.
"""
