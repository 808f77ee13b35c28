"""The totem's TUF client: which release to take, downloaded only once verified.

python-tuf's ``ngclient.Updater`` does the security work — root rotation from
the trusted root that provisioning installed, then timestamp → snapshot →
targets, refusing expired (freeze), older (rollback), badly signed or
mismatched metadata and any target whose length or hash differs. This module
adds what is ours: the releases index, the rollout, versions already refused,
a size cap of our own, and one plain-language reason per failure.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from .release_repository import INDEX_TARGET
from .rollout import Rollout, RolloutError, parse_version

MAX_INDEX_BYTES = 1024 * 1024
DOWNLOAD_FREE_MARGIN = 3
"""A download needs its own size on disk, then its unpacked size (roughly 2×) beside it."""


class UpdateRefused(Exception):
    """The repository or a target was refused; nothing was installed.

    ``name`` is the telemetry event name (``update.refused.<reason>``); the
    message is for the technician.
    """

    def __init__(self, reason: str, message: str, *, security: bool) -> None:
        super().__init__(message)
        self.reason = reason
        self.security = security


@dataclass(frozen=True)
class ReleaseOffer:
    """A verified release this totem should take."""

    target: str
    kind: str
    version: str
    length: int


_REASONS = (
    # (ngclient exception name, our reason, what it means, whether it smells of an attack);
    # the first match wins, so subclasses come before their bases.
    ("ExpiredMetadataError", "expired", "repository metadata has expired", True),
    ("BadVersionNumberError", "rollback", "repository offers older metadata than seen", True),
    ("UnsignedMetadataError", "signature", "metadata not signed by the trusted keys", True),
    ("LengthOrHashMismatchError", "tampered", "a file differs from its signed hash", True),
    ("DownloadLengthMismatchError", "oversized", "the server sent more than signed", True),
    ("DownloadError", "unreachable", "update repository unreachable", False),
    ("RepositoryError", "invalid", "repository metadata refused", True),
)


def explain(exc: BaseException) -> UpdateRefused:
    """ngclient's exceptions as a reason, a message, and whether it smells of an attack."""
    from tuf.api import exceptions as tuf

    if isinstance(exc, UpdateRefused):
        return exc
    for name, reason, meaning, security in _REASONS:
        if isinstance(exc, getattr(tuf, name)):
            return UpdateRefused(reason, f"{meaning} ({str(exc)[:300]})", security=security)
    return UpdateRefused("error", f"{type(exc).__name__}: {str(exc)[:300]}", security=False)


@dataclass(frozen=True)
class RepositoryView:
    """What one refresh of the repository offers this totem."""

    apps: list[ReleaseOffer]
    """Newer application releases it takes, newest first."""
    content: ReleaseOffer | None
    """The most recently published content pack it takes (packs carry no ordering)."""


class FleetUpdater:
    """One check of the update repository: refresh, choose, download."""

    def __init__(
        self,
        repository_url: str,
        trusted_root: Path,
        metadata_dir: Path,
        download_dir: Path,
        *,
        totem_id: str,
        max_download_bytes: int,
        user_agent: str = "spaziocitta-kiosk",
    ) -> None:
        self.repository_url = repository_url.rstrip("/")
        self.trusted_root = trusted_root
        self.metadata_dir = metadata_dir
        self.download_dir = download_dir
        self.totem_id = totem_id
        self.max_download_bytes = max_download_bytes
        self.user_agent = user_agent
        self._updater = None

    def _client(self):
        if self._updater is None:
            from tuf.ngclient import Updater, UpdaterConfig

            self.metadata_dir.mkdir(parents=True, exist_ok=True)
            self.download_dir.mkdir(parents=True, exist_ok=True)
            try:
                root = self.trusted_root.read_bytes()
            except OSError as exc:
                raise UpdateRefused(
                    "no_root", f"trusted root unreadable: {exc.strerror}", security=False
                ) from None
            try:
                self._updater = Updater(
                    str(self.metadata_dir),
                    f"{self.repository_url}/metadata/",
                    str(self.download_dir),
                    f"{self.repository_url}/targets/",
                    config=UpdaterConfig(app_user_agent=self.user_agent),
                    bootstrap=root,
                )
                self._updater.refresh()
            except Exception as exc:
                self._updater = None
                raise explain(exc) from exc
        return self._updater

    def _releases(self) -> list[tuple[ReleaseOffer, dict]]:
        """Every release target this totem takes (rollout), with its custom block.

        Every call refreshes the metadata (ngclient refreshes once per Updater);
        :meth:`download` then uses that same verified view.
        """
        self._updater = None
        client = self._client()
        try:
            index_info = client.get_targetinfo(INDEX_TARGET)
            if index_info is None:
                return []
            if index_info.length > MAX_INDEX_BYTES:
                raise UpdateRefused("oversized", "releases index too large", security=True)
            index_path = client.find_cached_target(index_info) or client.download_target(index_info)
            names = json.loads(Path(index_path).read_text(encoding="utf-8"))["releases"]
            releases = []
            for name in names:
                info = client.get_targetinfo(name)
                if info is None:
                    continue
                custom = info.custom if isinstance(info.custom, dict) else {}
                try:
                    takes = Rollout.from_dict(custom.get("rollout")).takes(self.totem_id)
                except RolloutError:
                    continue  # a release this totem cannot read is not for it
                offer = ReleaseOffer(name, str(custom.get("kind")), str(custom.get("version")),
                                     info.length)  # fmt: skip
                if takes:
                    releases.append((offer, custom))
        except UpdateRefused:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise UpdateRefused(
                "invalid", f"releases index unreadable: {exc}", security=True
            ) from None
        except Exception as exc:
            raise explain(exc) from exc
        return releases

    def check(self, running: str, refused: set[str]) -> RepositoryView:
        """Refresh, then what this totem should take: app releases and the content pack."""
        apps: list[ReleaseOffer] = []
        content: tuple[str, ReleaseOffer] | None = None
        for offer, custom in self._releases():
            if offer.kind == "content":
                published = str(custom.get("published", ""))
                if content is None or published > content[0]:
                    content = (published, offer)
                continue
            try:
                newer = parse_version(offer.version) > parse_version(running)
            except RolloutError:
                continue
            if offer.kind == "app" and newer and offer.version not in refused:
                apps.append(offer)
        apps.sort(key=lambda o: parse_version(o.version), reverse=True)
        return RepositoryView(apps, content[1] if content else None)

    def offers(self, running: str, refused: set[str]) -> list[ReleaseOffer]:
        """Verified app releases newer than ``running`` that this totem takes, newest first."""
        return self.check(running, refused).apps

    def download(self, offer: ReleaseOffer) -> Path:
        """The offer's file, verified against its signed length and hash."""
        if offer.length > self.max_download_bytes:
            raise UpdateRefused(
                "oversized",
                f"{offer.target} is {offer.length / 1e6:.0f} MB, over the "
                f"{self.max_download_bytes / 1e6:.0f} MB this totem accepts",
                security=False,
            )
        free = shutil.disk_usage(self.download_dir).free
        if offer.length * DOWNLOAD_FREE_MARGIN > free:
            raise UpdateRefused(
                "disk_full",
                f"not enough disk space for {offer.target}: {free / 1e6:.0f} MB free",
                security=False,
            )
        client = self._client()
        try:
            info = client.get_targetinfo(offer.target)
            if info is None:
                raise UpdateRefused("invalid", f"{offer.target} vanished", security=False)
            return Path(client.find_cached_target(info) or client.download_target(info))
        except UpdateRefused:
            raise
        except Exception as exc:
            raise explain(exc) from exc

    def clean_downloads(self) -> None:
        """Remove what was downloaded (an archive is needed only until it is unpacked)."""
        for entry in self.download_dir.iterdir() if self.download_dir.is_dir() else ():
            if entry.is_file():
                entry.unlink(missing_ok=True)
