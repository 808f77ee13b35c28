"""The reference municipal backend: the executable specification of API v1."""
