"""The QML user interface and the bridge objects that expose the core to it."""
