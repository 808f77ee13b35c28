"""The publisher's TUF repository: keys, signed metadata and release targets on disk.

The repository is a folder to copy as it is to any static HTTP server or CDN::

    REPO/metadata/1.root.json, 2.root.json…   every root version (clients walk them)
    REPO/metadata/root.json                   the newest root, for people and provisioning
    REPO/metadata/N.targets.json, N.snapshot.json, timestamp.json
    REPO/targets/<dir>/<sha256>.<name>        release files, named by their hash

Consistent snapshots are on: every file but ``timestamp.json`` is written under
a new name, so a CDN that is half-way through an upload never serves a mix of
old and new metadata, and a cached old file can never stand in for a new one.

Keys are Ed25519, one PEM (PKCS#8) file per key, named ``<role>-<keyid>.pem``.
Root keys belong on offline media: ``init`` writes them to their own folder and
only the commands that change root (``init``, ``rotate-key``, ``sign --role
root``) need them. The online keys (targets, snapshot, timestamp) sign
releases; ``timestamp`` alone must be re-signed often (a cron job) because the
totems refuse a stale timestamp: that is what stops a freeze attack. With
``KIOSK_RELEASE_PASSPHRASE`` set, new keys are encrypted and loaded with it.

Threshold signing: a role with threshold N needs N of its keys. A command
signs with every key it is given; the other key holders then add theirs with
``kiosk release sign`` and ``kiosk release verify`` says when the repository is
ready to publish.

The releases index target (``releases.json``) lists every release target, so a
totem can find new releases through the public ngclient API; each release
target carries its own ``custom`` block (kind, version, rollout: see
:mod:`.rollout`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .rollout import Rollout, RolloutError, parse_version

INDEX_TARGET = "releases.json"
"""The target that names every release target (ngclient cannot list targets itself)."""
TOP_LEVEL_ROLES = ("root", "targets", "snapshot", "timestamp")
ONLINE_ROLES = ("targets", "snapshot", "timestamp")
DEFAULT_EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 3}
"""Timestamp is short: a totem that sees no fresh timestamp for 3 days stops trusting
the repository (freeze attack); the publisher re-signs it daily."""
RELEASE_KINDS = ("app", "content")
PASSPHRASE_ENV = "KIOSK_RELEASE_PASSPHRASE"
CONTENT_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SPEC_VERSION = "1.0.31"


class ReleaseError(Exception):
    """A release command refused its input; the message says what to do."""


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class KeyRing:
    """Private keys loaded from key folders, by key id."""

    signers: dict[str, object]

    @classmethod
    def load(cls, folders: Iterable[Path]) -> KeyRing:
        from cryptography.hazmat.primitives.serialization import load_pem_private_key
        from securesystemslib.signer import CryptoSigner

        passphrase = os.environ.get(PASSPHRASE_ENV)
        signers: dict[str, object] = {}
        for folder in folders:
            if not folder.is_dir():
                raise ReleaseError(f"{folder}: no such key folder")
            for pem in sorted(folder.glob("*.pem")):
                data = pem.read_bytes()
                encrypted = b"ENCRYPTED" in data.split(b"\n", 1)[0]
                try:
                    key = load_pem_private_key(
                        data, passphrase.encode() if encrypted and passphrase else None
                    )
                except (ValueError, TypeError) as exc:
                    hint = f" (set {PASSPHRASE_ENV})" if encrypted and not passphrase else ""
                    raise ReleaseError(f"{pem}: cannot read the key{hint}: {exc}") from None
                signer = CryptoSigner(key)  # type: ignore[arg-type]
                signers[signer.public_key.keyid] = signer
        return cls(signers)

    def for_role(self, keyids: Iterable[str]) -> list[object]:
        return [self.signers[k] for k in keyids if k in self.signers]


def generate_key(folder: Path, role: str) -> object:
    """A new Ed25519 key written to ``folder`` (mode 0600); returns its signer."""
    from cryptography.hazmat.primitives import serialization
    from securesystemslib.signer import CryptoSigner

    signer = CryptoSigner.generate_ed25519()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    pem = signer._private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    path = folder / f"{role}-{signer.public_key.keyid[:16]}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    return signer


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class ReleaseRepository:
    """A TUF repository folder and the operations a publisher runs on it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.metadata_dir = path / "metadata"
        self.targets_dir = path / "targets"

    # -- reading -------------------------------------------------------------------

    def _load(self, role: str):
        from tuf.api.metadata import Metadata

        path = self.metadata_dir / f"{role}.json"
        if not path.exists():
            raise ReleaseError(f"{self.path}: not a release repository (run 'kiosk release init')")
        return Metadata.from_file(str(path))

    def root(self):
        return self._load("root")

    def release_targets(self) -> dict[str, dict]:
        """Every release target's name → its custom block (kind, version, rollout)."""
        targets = self._load("targets").signed.targets
        return {
            name: dict(info.custom or {}) for name, info in targets.items() if name != INDEX_TARGET
        }

    # -- writing -------------------------------------------------------------------

    def _expires(self, role: str, days: dict[str, int] | None) -> datetime:
        return _now() + timedelta(days=(days or {}).get(role, DEFAULT_EXPIRY_DAYS[role]))

    def _sign(self, md, ring: KeyRing, keyids: Iterable[str], *, append: bool = False) -> int:
        signers = ring.for_role(keyids)
        if not append:
            md.signatures.clear()
        for signer in signers:
            md.sign(signer, append=True)
        return len(signers)

    def _write(self, role: str, md) -> None:
        from tuf.api.serialization.json import JSONSerializer

        data = md.to_bytes(JSONSerializer(compact=False))
        if role != "timestamp":
            _atomic_write(self.metadata_dir / f"{md.signed.version}.{role}.json", data)
        _atomic_write(self.metadata_dir / f"{role}.json", data)

    def _publish_snapshot_and_timestamp(
        self, ring: KeyRing, targets_version: int, days: dict[str, int] | None = None
    ) -> None:
        from tuf.api.metadata import MetaFile

        root = self.root().signed
        snapshot = self._load("snapshot")
        snapshot.signed.version += 1
        snapshot.signed.expires = self._expires("snapshot", days)
        snapshot.signed.meta["targets.json"] = MetaFile(version=targets_version)
        self._require(ring, root, "snapshot")
        self._sign(snapshot, ring, root.roles["snapshot"].keyids)
        self._write("snapshot", snapshot)
        self.refresh_timestamp(ring, days)

    def _require(self, ring: KeyRing, root, role: str) -> None:
        have = len(ring.for_role(root.roles[role].keyids))
        if have == 0:
            raise ReleaseError(f"no {role} key among the keys given (--keys)")

    def init(
        self,
        root_keys: Path,
        online_keys: Path,
        *,
        root_key_count: int = 1,
        root_threshold: int = 1,
        days: dict[str, int] | None = None,
    ) -> None:
        """A new repository: keys for every role, version 1 of all metadata, an empty index."""
        from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

        if (self.metadata_dir / "root.json").exists():
            raise ReleaseError(f"{self.path}: already a release repository")
        if not 1 <= root_threshold <= root_key_count:
            raise ReleaseError("root threshold must be between 1 and the number of root keys")
        root = Root(expires=self._expires("root", days), consistent_snapshot=True)
        root.spec_version = SPEC_VERSION
        ring: dict[str, object] = {}
        for _ in range(root_key_count):
            signer = generate_key(root_keys, "root")
            root.add_key(signer.public_key, "root")
            ring[signer.public_key.keyid] = signer
        root.roles["root"].threshold = root_threshold
        for role in ONLINE_ROLES:
            signer = generate_key(online_keys, role)
            root.add_key(signer.public_key, role)
            ring[signer.public_key.keyid] = signer
        keys = KeyRing(ring)
        root_md = Metadata(root)
        self._sign(root_md, keys, root.roles["root"].keyids)
        self._write("root", root_md)

        targets = Metadata(Targets(expires=self._expires("targets", days)))
        targets.signed.spec_version = SPEC_VERSION
        self._sign(targets, keys, root.roles["targets"].keyids)
        self._write("targets", targets)
        snapshot = Metadata(Snapshot(expires=self._expires("snapshot", days)))
        snapshot.signed.spec_version = SPEC_VERSION
        self._sign(snapshot, keys, root.roles["snapshot"].keyids)
        self._write("snapshot", snapshot)
        timestamp = Metadata(Timestamp(expires=self._expires("timestamp", days)))
        timestamp.signed.spec_version = SPEC_VERSION
        self._write("timestamp", timestamp)  # signed by the first publish, just below
        self._update_targets(keys, lambda _targets: None, days)

    def refresh_timestamp(self, ring: KeyRing, days: dict[str, int] | None = None) -> int:
        """A new timestamp for the current snapshot (run daily); returns its version."""
        from tuf.api.metadata import MetaFile

        root = self.root().signed
        self._require(ring, root, "timestamp")
        snapshot_version = self._load("snapshot").signed.version
        snapshot_bytes = (self.metadata_dir / f"{snapshot_version}.snapshot.json").read_bytes()
        timestamp = self._load("timestamp")
        timestamp.signed.version += 1
        timestamp.signed.expires = self._expires("timestamp", days)
        timestamp.signed.snapshot_meta = MetaFile(
            version=snapshot_version,
            length=len(snapshot_bytes),
            hashes={"sha256": hashlib.sha256(snapshot_bytes).hexdigest()},
        )
        self._sign(timestamp, ring, root.roles["timestamp"].keyids)
        self._write("timestamp", timestamp)
        return timestamp.signed.version

    def _update_targets(self, ring: KeyRing, change, days: dict[str, int] | None) -> None:
        """Apply ``change`` to targets, rewrite the index, sign targets, snapshot, timestamp."""
        root = self.root().signed
        self._require(ring, root, "targets")
        targets = self._load("targets")
        change(targets.signed)
        index = json.dumps(
            {"releases": sorted(n for n in targets.signed.targets if n != INDEX_TARGET)},
            indent=1,
        ).encode()
        targets.signed.targets[INDEX_TARGET] = self._store_target(INDEX_TARGET, index)
        targets.signed.version += 1
        targets.signed.expires = self._expires("targets", days)
        self._sign(targets, ring, root.roles["targets"].keyids)
        self._write("targets", targets)
        self._publish_snapshot_and_timestamp(ring, targets.signed.version, days)

    def _store_target(self, name: str, data: bytes, custom: dict | None = None):
        from tuf.api.metadata import TargetFile

        digest = hashlib.sha256(data).hexdigest()
        folder, _, base = name.rpartition("/")
        _atomic_write(self.targets_dir / folder / f"{digest}.{base}", data)
        fields = {"custom": custom} if custom is not None else {}
        return TargetFile(len(data), {"sha256": digest}, name, fields)

    def add_release(
        self,
        ring: KeyRing,
        file: Path,
        *,
        kind: str,
        version: str,
        rollout: Rollout,
        name: str | None = None,
        days: dict[str, int] | None = None,
    ) -> str:
        """Publish ``file`` as a release target; returns the target's name."""
        # Before anything is written: a refused release leaves no file behind.
        self._require(ring, self.root().signed, "targets")
        if kind not in RELEASE_KINDS:
            raise ReleaseError(f"kind must be one of {', '.join(RELEASE_KINDS)}")
        if kind == "app":
            try:
                parse_version(version)  # totems must be able to order releases
            except RolloutError as exc:
                raise ReleaseError(str(exc)) from None
        elif not CONTENT_VERSION.fullmatch(version):
            raise ReleaseError(f"content version {version!r}: letters, digits, '.', '-', '_'")
        if not file.is_file():
            raise ReleaseError(f"{file}: no such file")
        name = name or f"{kind}/{file.name}"
        if name == INDEX_TARGET or name.startswith("/") or ".." in name.split("/"):
            raise ReleaseError(f"{name!r}: not a usable target name")
        if name in self.release_targets():
            raise ReleaseError(
                f"{name}: already published (a release never changes; add a new one)"
            )
        for other, custom in self.release_targets().items():
            if custom.get("kind") == kind and custom.get("version") == version:
                raise ReleaseError(f"{kind} {version} is already published as {other}")
        # Content packs are not ordered by version (a pack's version is the publisher's
        # own label): the newest published wins, so the time of publishing is signed too.
        custom = {
            "kind": kind,
            "version": version,
            "rollout": rollout.to_dict(),
            "published": datetime.now(UTC).isoformat(timespec="microseconds"),
        }
        target = self._store_target(name, file.read_bytes(), custom)
        self._update_targets(ring, lambda t: t.targets.__setitem__(name, target), days)
        return name

    def set_rollout(
        self, ring: KeyRing, name: str, rollout: Rollout, days: dict[str, int] | None = None
    ) -> None:
        """Widen (or narrow) who takes an already published release."""

        def change(targets) -> None:
            info = targets.targets.get(name)
            if info is None or name == INDEX_TARGET:
                raise ReleaseError(f"{name}: no such release")
            custom = dict(info.custom or {})
            custom["rollout"] = rollout.to_dict()
            info.unrecognized_fields["custom"] = custom

        self._update_targets(ring, change, days)

    def sign(self, ring: KeyRing, role: str) -> int:
        """Add the given keys' signatures to the current ``role`` metadata (threshold signing)."""
        if role not in TOP_LEVEL_ROLES:
            raise ReleaseError(f"role must be one of {', '.join(TOP_LEVEL_ROLES)}")
        md = self._load(role)
        root = self.root().signed
        keyids = set(root.roles[role].keyids)
        if role == "root" and md.signed.version > 1:
            # A new root must also be signed by the previous root's keys.
            previous = self._versioned_root(md.signed.version - 1).signed
            keyids |= set(previous.roles["root"].keyids)
        count = self._sign(md, ring, sorted(keyids), append=True)
        if count == 0:
            raise ReleaseError(f"none of the keys given is a {role} key")
        self._write(role, md)
        return count

    def _versioned_root(self, version: int):
        from tuf.api.metadata import Metadata

        return Metadata.from_file(str(self.metadata_dir / f"{version}.root.json"))

    def rotate_key(
        self,
        ring: KeyRing,
        role: str,
        new_keys: Path,
        *,
        days: dict[str, int] | None = None,
    ) -> str:
        """Replace ``role``'s keys with one new key; returns the new key id.

        Writes a new root version signed by the root keys given (old ones, and the
        new one when rotating root itself); when fewer than the thresholds signed,
        the other root key holders must ``sign --role root`` before publishing.
        """
        from tuf.api.metadata import Metadata

        if role not in TOP_LEVEL_ROLES:
            raise ReleaseError(f"role must be one of {', '.join(TOP_LEVEL_ROLES)}")
        root_md = self.root()
        old_root_keyids = list(root_md.signed.roles["root"].keyids)
        if not ring.for_role(old_root_keyids):
            raise ReleaseError("rotating a key needs a current root key (--keys)")
        root = root_md.signed
        for keyid in list(root.roles[role].keyids):
            root.revoke_key(keyid, role)
        signer = generate_key(new_keys, role)
        root.add_key(signer.public_key, role)
        if role == "root":
            root.roles["root"].threshold = 1
        root.version += 1
        root.expires = self._expires("root", days)
        ring = KeyRing({**ring.signers, signer.public_key.keyid: signer})
        new_root = Metadata(root)
        self._sign(new_root, ring, sorted(set(old_root_keyids) | set(root.roles["root"].keyids)))
        self._write("root", new_root)
        if role in ONLINE_ROLES:
            # Re-sign the role with its new key so that clients can verify it at once.
            if role == "timestamp":
                self.refresh_timestamp(ring, days)
            elif role == "snapshot":
                self._publish_snapshot_and_timestamp(
                    ring, self._load("targets").signed.version, days
                )
            else:
                self._update_targets(ring, lambda _t: None, days)
        return signer.public_key.keyid

    def verify(self, *, now: datetime | None = None) -> list[str]:
        """What stops the repository from being published; empty when it is ready."""
        from tuf.api.exceptions import UnsignedMetadataError

        problems: list[str] = []
        now = now or _now()
        root_versions = sorted(
            int(p.name.split(".")[0]) for p in self.metadata_dir.glob("*.root.json")
        )
        previous = None
        for version in root_versions:
            md = self._versioned_root(version)
            for signer_root in (r for r in (previous, md) if r is not None):
                try:
                    signer_root.signed.verify_delegate("root", md.signed_bytes, md.signatures)
                except UnsignedMetadataError:
                    problems.append(f"root v{version}: not enough root signatures")
            previous = md
        root = self.root()
        for role in TOP_LEVEL_ROLES:
            md = self._load(role)
            if md.signed.expires <= now:
                problems.append(f"{role}: expired on {md.signed.expires:%Y-%m-%d %H:%M}")
            if role == "root":
                continue
            try:
                root.signed.verify_delegate(role, md.signed_bytes, md.signatures)
            except UnsignedMetadataError:
                problems.append(f"{role} v{md.signed.version}: not enough {role} signatures")
        return sorted(set(problems))

    def copy_root_to(self, destination: Path) -> None:
        """The newest root.json, for provisioning totems (``kiosk provision --tuf-root``)."""
        shutil.copyfile(self.metadata_dir / "root.json", destination)
