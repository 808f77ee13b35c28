"""The contract between a totem and its municipality's backend (API v1).

The same pydantic models validate requests and responses on both sides: the
reference backend (``spaziocitta.backend``) declares its FastAPI routes with
them, so its OpenAPI 3.1 document (backend/openapi.json) is generated from
them, and the kiosk's client parses every response with them.

pydantic costs ~200 ms to import: the kiosk imports this package only from
its sync components, after the first frame (tests/test_start_up_imports.py).
"""
