"""Spazio Città kiosk: the Qt-free core (application services, store, events).

Nothing in this package imports Qt; the UI in ``spaziocitta.ui`` is a thin
layer over it, and a test enforces the separation.
"""

__version__ = "0.1.0"
