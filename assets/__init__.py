"""Shipped data files: the demo configuration, fonts and (later) the demo content pack."""
