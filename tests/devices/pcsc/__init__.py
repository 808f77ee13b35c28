"""Tests of the PC/SC card reader adapter on a real pcscd with virtual cards.

A package, so that the rig (``rig.py``, ``vcards.py``, ``cardfs.py``) can be
imported by the tests here and by the card-reader contract suite.
"""
