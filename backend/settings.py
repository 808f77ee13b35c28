"""The backend's settings: where its database and content pack are, and the admin token."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from .db import DEFAULT_DB_URL

ENV_DB = "KIOSK_BACKEND_DB"
ENV_CONTENT = "KIOSK_BACKEND_CONTENT"
ENV_ADMIN_TOKEN = "KIOSK_BACKEND_ADMIN_TOKEN"
ENV_DEMO_SECRET = "KIOSK_BACKEND_DEMO_SECRET"
"""The demo totem's secret, so that ``kiosk run --demo`` can start a backend it can talk to."""


def demo_pack_path() -> Path:
    """The demo municipality's content pack, shipped in spaziocitta.assets."""
    from spaziocitta import assets

    return Path(assets.__file__).with_name("demo-pack")


@dataclass(frozen=True)
class Settings:
    """Everything create_app needs besides code; the CLI fills it from flags and env."""

    db_url: str = DEFAULT_DB_URL
    content_path: Path = field(default_factory=demo_pack_path)
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    """Random unless given: an admin page without a chosen token is reachable by nobody."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from KIOSK_BACKEND_* variables, then explicit (non-None) overrides."""
        values: dict[str, object] = {}
        if os.environ.get(ENV_DB):
            values["db_url"] = os.environ[ENV_DB]
        if os.environ.get(ENV_CONTENT):
            values["content_path"] = Path(os.environ[ENV_CONTENT])
        if os.environ.get(ENV_ADMIN_TOKEN):
            values["admin_token"] = os.environ[ENV_ADMIN_TOKEN]
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "content_path" in values:
            values["content_path"] = Path(str(values["content_path"]))
        return cls(**values)  # type: ignore[arg-type]
