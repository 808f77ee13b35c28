"""The service catalog: content packs (validate, import), and multilingual search.

A content pack is how a municipality puts its catalogue on the totems; the
format is ``pack.schema.json`` beside this file. The catalog lives in the
kiosk's SQLite store, indexed with FTS5; search tolerates typos (rapidfuzz),
missing accents, words still being typed, synonyms and mixed languages.
"""
