"""QObjects and list models that QML sees: thin adapters over the core services."""
