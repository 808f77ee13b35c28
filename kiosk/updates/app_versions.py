"""Application versions installed side by side, and the atomic switch between them.

``/opt/spaziocitta-kiosk`` holds one folder per version (the Debian package
installs the first, the updater the next ones) and two links: ``current``,
which the systemd unit starts, and ``previous``, where a failed update goes
back to. A link is replaced with ``rename(2)`` of a new link over the old one,
so a power cut leaves either the old or the new version, never neither.

A release archive is a tar (gzip, xz or plain) of the version folder's
contents, built by ``packaging/build-deb.sh --release-archive`` for exactly
``/opt/spaziocitta-kiosk/<version>`` (a virtual environment cannot move). It is
unpacked into a hidden partial folder, checked, and renamed into place: a
half-unpacked version is never seen under its own name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tarfile
import uuid
from pathlib import Path, PurePosixPath

from .rollout import parse_version

CURRENT = "current"
PREVIOUS = "previous"
ENTRY_POINT = "bin/kiosk"
INSTALLED_MARK = ".installed"
FREE_SPACE_MARGIN = 1.2
"""Unpacking needs the archive's unpacked size, plus a margin for the file system."""


class InstallError(Exception):
    """A release could not be installed; nothing under the app root changed.

    ``transient`` errors (a full disk) say nothing about the release: the
    updater tries it again later instead of refusing it for good.
    """

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


class _MemberCheck:
    """Refuse what could write outside the version folder or raise privileges.

    Called on each member as the archive is read, before it is written.
    Absolute symbolic links are
    allowed (a venv's ``bin/python`` points at the system interpreter), but
    nothing may be unpacked *through* a link.
    """

    def __init__(self) -> None:
        self.links: set[PurePosixPath] = set()

    def __call__(self, member: tarfile.TarInfo) -> None:
        path = PurePosixPath(member.name)
        if path.is_absolute() or ".." in path.parts:
            raise InstallError(f"archive entry {member.name!r} points outside the version folder")
        if not (member.isfile() or member.isdir() or member.issym() or member.islnk()):
            raise InstallError(f"archive entry {member.name!r} is a device or FIFO")
        if any(parent in self.links for parent in path.parents):
            raise InstallError(f"archive entry {member.name!r} goes through a link")
        if member.islnk() or (member.issym() and not member.linkname.startswith("/")):
            base = PurePosixPath() if member.islnk() else path.parent
            depth = len(base.parts)
            for part in PurePosixPath(member.linkname).parts:
                depth += -1 if part == ".." else 0 if part == "." else 1
                if depth < 0:
                    raise InstallError(f"archive link {member.name!r} leaves the version folder")
        if member.issym() or member.islnk():
            self.links.add(path)
        if member.mode & (stat.S_ISUID | stat.S_ISGID):
            raise InstallError(f"archive entry {member.name!r} is set-user-id")


class AppVersions:
    """The versions under the app root, which one is current, and switching."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def installed(self) -> list[str]:
        versions = []
        for entry in self.root.iterdir() if self.root.is_dir() else ():
            if entry.is_dir() and not entry.is_symlink() and not entry.name.startswith("."):
                with contextlib.suppress(ValueError):
                    parse_version(entry.name)
                    versions.append(entry.name)
        return sorted(versions, key=parse_version)

    def _link(self, name: str) -> str | None:
        try:
            return os.readlink(self.root / name)
        except OSError:
            return None

    def current(self) -> str | None:
        return self._link(CURRENT)

    def previous(self) -> str | None:
        return self._link(PREVIOUS)

    def path(self, version: str) -> Path:
        parse_version(version)
        return self.root / version

    def install(self, archive: Path, version: str) -> Path:
        """Unpack ``archive`` as ``version`` beside the others; returns its folder."""
        final = self.path(version)
        if (final / INSTALLED_MARK).exists():
            return final
        if final.exists():
            # A folder without the mark is not ours to trust: start again.
            shutil.rmtree(final)
        partial = self.root / f".partial-{version}-{uuid.uuid4().hex[:8]}"
        try:
            # One pass in archive order, each member checked before it is written (a
            # gzip stream cannot seek back without decompressing again; CPython's "r|"
            # stream mode is slower still); a refusal half-way removes the partial
            # folder, so nothing is left either way.
            with tarfile.open(archive) as tar:
                partial.mkdir(mode=0o755)
                check = _MemberCheck()
                free = shutil.disk_usage(self.root).free
                unpacked = 0
                for member in tar:
                    check(member)
                    unpacked += member.size if member.isfile() else 0
                    if unpacked * FREE_SPACE_MARGIN > free:
                        raise InstallError(
                            f"not enough disk space: more than {unpacked / 1e6:.0f} MB needed, "
                            f"{free / 1e6:.0f} MB free",
                            transient=True,
                        )
                    if hasattr(tarfile, "fully_trusted_filter"):
                        # Checked above; "tar" keeps a venv's links to /usr/bin/python3.
                        tar.extract(member, partial, filter="tar")
                    else:  # pragma: no cover - Python without PEP 706 (Debian's 3.11.2)
                        tar.extract(member, partial)
        except OSError as exc:
            shutil.rmtree(partial, ignore_errors=True)
            if exc.errno is None:  # gzip.BadGzipFile and the like: the archive itself
                raise InstallError(f"release archive unreadable: {exc}") from None
            # The disk or the folder, not the release: try it again later.
            raise InstallError(f"cannot write {self.root}: {exc}", transient=True) from None
        except (tarfile.TarError, EOFError, ValueError) as exc:
            shutil.rmtree(partial, ignore_errors=True)
            raise InstallError(f"release archive unreadable: {exc}") from None
        except InstallError:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        entry = partial / ENTRY_POINT
        if not entry.is_file() or not os.access(entry, os.X_OK):
            shutil.rmtree(partial, ignore_errors=True)
            raise InstallError(f"release archive has no executable {ENTRY_POINT}")
        (partial / INSTALLED_MARK).write_text(version + "\n")
        _fsync_tree_root(partial)
        os.rename(partial, final)
        _fsync_dir(self.root)
        return final

    def _set_link(self, name: str, target: str) -> None:
        tmp = self.root / f".{name}.{uuid.uuid4().hex[:8]}"
        os.symlink(target, tmp)
        os.replace(tmp, self.root / name)
        _fsync_dir(self.root)

    def switch(self, version: str) -> str | None:
        """Make ``version`` current (the old current becomes previous); returns the old one."""
        if (
            not (self.path(version) / INSTALLED_MARK).exists()
            and not (self.path(version) / ENTRY_POINT).exists()
        ):
            raise InstallError(f"version {version} is not installed")
        old = self.current()
        if old == version:
            return old
        if old is not None:
            self._set_link(PREVIOUS, old)
        self._set_link(CURRENT, version)
        return old

    def roll_back(self) -> str:
        """Make the previous version current again; returns it."""
        previous = self.previous()
        if previous is None or not (self.root / previous / ENTRY_POINT).exists():
            raise InstallError("no previous version to go back to")
        self._set_link(CURRENT, previous)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.root / PREVIOUS)
        return previous

    def remove(self, version: str) -> None:
        if version in (self.current(), self.previous()):
            raise InstallError(f"version {version} is in use")
        shutil.rmtree(self.path(version), ignore_errors=True)

    def prune(self, keep: int = 3) -> list[str]:
        """Remove the oldest versions beyond ``keep``, never current or previous."""
        in_use = {self.current(), self.previous()}
        removable = [v for v in self.installed() if v not in in_use]
        extra = max(0, len(self.installed()) - keep)
        removed = removable[:extra]
        for version in removed:
            shutil.rmtree(self.path(version), ignore_errors=True)
        for stale in self.root.glob(".partial-*"):
            shutil.rmtree(stale, ignore_errors=True)
        return removed


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree_root(path: Path) -> None:
    # The files themselves are flushed by the kernel's writeback before the rename
    # becomes durable on ext4 (auto_da_alloc); sync the folder we are about to rename.
    os.sync()
    _fsync_dir(path)
