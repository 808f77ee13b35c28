"""Accessible forms: definitions from the content pack, validation, drafts and submission."""
