#!/usr/bin/env bash
# Build the Debian package of the kiosk:  dist/spaziocitta-kiosk_<version>_<arch>.deb
#
#   packaging/build-deb.sh [--no-venv] [--output DIR] [--python /usr/bin/python3]
#                          [--wheel FILE] [--version V] [--compression zstd|xz|gzip|none]
#                          [--release-archive]
#
# The application goes into a self-contained virtual environment at
# /opt/spaziocitta-kiosk/<version>/, made with the *system's* python3 (the one
# the totem will have: build on the distribution you ship to, Debian 12 or
# Ubuntu 24.04) and the project's wheel installed into it with pip, which needs
# the package index (or a pip cache/wheelhouse via PIP_* variables). The
# package's postinst points /opt/spaziocitta-kiosk/current at it.
#
# --release-archive also writes dist/spaziocitta-kiosk-<version>.tar.gz, the same
# /opt/spaziocitta-kiosk/<version>/ folder as a fleet update: publish it with
# "kiosk release add REPO FILE --kind app --version <version>" (packaging/README.md).
#
# --no-venv builds the same package without the environment (bin/kiosk is a
# stub that says so): seconds instead of minutes, for tests that inspect the
# package's files, permissions, control fields and units. Never install it.
#
# Needs: bash, dpkg-deb, python3 with venv (python3-venv), and for a wheel from
# source pip's build isolation (setuptools from the index).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(dirname "$HERE")"
PACKAGE=spaziocitta-kiosk
APP_ROOT=/opt/spaziocitta-kiosk
OUTPUT="$REPO/dist"
PYTHON=/usr/bin/python3
WHEEL=""
VERSION=""
VENV=yes
RELEASE_ARCHIVE=no
COMPRESSION=zstd
MAINTAINER="${DEBFULLNAME:-Spazio Città} <${DEBEMAIL:-kiosk@spaziocitta.invalid}>"

usage() { sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build-deb: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --no-venv) VENV=no ;;
        --release-archive) RELEASE_ARCHIVE=yes ;;
        --output) OUTPUT="$2"; shift ;;
        --python) PYTHON="$2"; shift ;;
        --wheel) WHEEL="$2"; shift ;;
        --version) VERSION="$2"; shift ;;
        --compression) COMPRESSION="$2"; shift ;;
        -h|--help) usage ;;
        *) printf 'build-deb: unknown option %s\n' "$1" >&2; usage ;;
    esac
    shift
done

command -v dpkg-deb >/dev/null || die "dpkg-deb not found (package dpkg)"
[ -x "$PYTHON" ] || die "$PYTHON not found: the package's environment is made with the system's python3"
if [ -z "$VERSION" ]; then
    VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/kiosk/__init__.py")"
fi
[[ "$VERSION" =~ ^[0-9][A-Za-z0-9.+~]*$ ]] || die "not a Debian version: '$VERSION'"
ARCH="$(dpkg --print-architecture)"
if [ "$RELEASE_ARCHIVE" = yes ] && ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    die "a fleet release needs a MAJOR.MINOR.PATCH version, not '$VERSION'"
fi
PYVER="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
PYNEXT="$("$PYTHON" -c 'import sys; print("%d.%d" % (sys.version_info[0], sys.version_info[1] + 1))')"
APPDIR="$APP_ROOT/$VERSION"

BUILD="$(mktemp -d "${TMPDIR:-/tmp}/build-deb.XXXXXX")"
trap 'rm -rf "$BUILD"' EXIT
STAGE="$BUILD/root"
# Everything the package installs is 0755 for folders and programs, 0644 for
# the rest, owned by root (dpkg-deb --root-owner-group); postinst adds the
# kiosk group to the configuration file.
umask 022
mkdir -p "$STAGE/DEBIAN" "$STAGE$APP_ROOT"

if [ "$VENV" = yes ]; then
    say "virtual environment: $APPDIR (python $PYVER from $PYTHON)"
    "$PYTHON" -m venv "$STAGE$APPDIR"
    PIP=("$STAGE$APPDIR/bin/python" -m pip --disable-pip-version-check --no-input)
    if [ -z "$WHEEL" ]; then
        say "the project's wheel"
        # Built from a copy: setuptools writes build/ and *.egg-info into its source.
        mkdir "$BUILD/src"
        tar -C "$REPO" --exclude=./.venv --exclude=./.git --exclude=./dist --exclude=./build \
            --exclude='*.egg-info' --exclude=__pycache__ --exclude=./tests -cf - . \
            | tar -C "$BUILD/src" -xf -
        "${PIP[@]}" wheel --quiet --no-deps --wheel-dir "$BUILD/wheel" "$BUILD/src"
        WHEEL="$(ls "$BUILD"/wheel/spaziocitta_kiosk-*.whl)"
    fi
    say "installing $(basename "$WHEEL") and its dependencies"
    "${PIP[@]}" install --quiet --no-compile --no-warn-script-location "$WHEEL"
    # The environment was made at $STAGE$APPDIR and will run at $APPDIR: scripts'
    # #! lines and activate scripts name the folder (dh-virtualenv does the same).
    grep -rlI --null -F "$STAGE" "$STAGE$APPDIR" | xargs -0 -r sed -i "s|$STAGE||g"
    # pip's record of the wheel's path in the build folder (PEP 610): meaningless on a totem.
    rm -f "$STAGE$APPDIR"/lib/python*/site-packages/spaziocitta_kiosk-*.dist-info/direct_url.json
    if grep -rlI -F "$BUILD" "$STAGE$APPDIR"; then
        die "the build folder is still named in the files above"
    fi
    # Byte-code compiled now, naming the installed paths (the service's file
    # system is read-only: Python could not write it on the totem).
    # (PySide6 ships Jinja templates named *.tmpl.py: not Python, never imported.)
    "$STAGE$APPDIR/bin/python" -m compileall -qq -j 0 -x '\.tmpl\.py$' -s "$STAGE" -p / \
        "$STAGE$APPDIR/lib" || die "byte-compiling the environment failed"
    DESCRIPTION_NOTE=""
else
    say "no virtual environment (--no-venv): a package to inspect, not to install"
    install -d "$STAGE$APPDIR/bin"
    cat >"$STAGE$APPDIR/bin/kiosk" <<'STUB'
#!/bin/sh
echo "spaziocitta-kiosk was built with --no-venv (to inspect the package): it has no application" >&2
exit 1
STUB
    chmod 0755 "$STAGE$APPDIR/bin/kiosk"
    DESCRIPTION_NOTE="
 .
 This build has no application (built with --no-venv, for inspection only)."
fi

say "system files"
for unit in spaziocitta-kiosk.service spaziocitta-kiosk-updater.service \
    spaziocitta-kiosk-updater.timer spaziocitta-kiosk-updater.path; do
    install -D -m 0644 "$HERE/systemd/$unit" "$STAGE/usr/lib/systemd/system/$unit"
done
install -D -m 0644 "$HERE/systemd/system.conf.d/60-spaziocitta-kiosk.conf" \
    "$STAGE/usr/lib/systemd/system.conf.d/60-spaziocitta-kiosk.conf"
install -D -m 0644 "$HERE/udev/60-spaziocitta-kiosk.rules" \
    "$STAGE/usr/lib/udev/rules.d/60-spaziocitta-kiosk.rules"
install -D -m 0644 "$HERE/sysctl/60-spaziocitta-kiosk.conf" \
    "$STAGE/usr/lib/sysctl.d/60-spaziocitta-kiosk.conf"
install -D -m 0755 "$HERE/bin/spaziocitta-kiosk" "$STAGE/usr/bin/spaziocitta-kiosk"
# The configuration: a conffile, 0640 (it will hold the totem's secret).
install -D -m 0640 "$REPO/assets/kiosk.example.toml" "$STAGE/etc/spaziocitta/kiosk.toml"
install -D -m 0644 "$HERE/README.md" "$STAGE/usr/share/doc/$PACKAGE/README.md"
install -D -m 0644 "$REPO/assets/kiosk.example.toml" \
    "$STAGE/usr/share/doc/$PACKAGE/examples/kiosk.example.toml"

say "control files"
for script in postinst prerm postrm; do
    sed "s|@VERSION@|$VERSION|g" "$HERE/debian/$script" >"$STAGE/DEBIAN/$script"
    chmod 0755 "$STAGE/DEBIAN/$script"
done
echo /etc/spaziocitta/kiosk.toml >"$STAGE/DEBIAN/conffiles"
INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
export VERSION ARCH MAINTAINER INSTALLED_SIZE DESCRIPTION_NOTE
export PYTHON_DEPENDS="python3 (>= $PYVER), python3 (<< $PYNEXT)"
"$PYTHON" - "$HERE/debian/control.in" >"$STAGE/DEBIAN/control" <<'PY'
import os, sys
text = open(sys.argv[1], encoding="utf-8").read()
for name in ("VERSION", "ARCH", "MAINTAINER", "INSTALLED_SIZE", "PYTHON_DEPENDS", "DESCRIPTION_NOTE"):
    text = text.replace(f"@{name}@", os.environ[name])
sys.stdout.write(text)
PY
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' \
    | LC_ALL=C sort -z | xargs -0 -r md5sum) >"$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/conffiles" "$STAGE/DEBIAN/md5sums"

mkdir -p "$OUTPUT"
DEB="$OUTPUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
say "dpkg-deb: $DEB"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$STAGE" "$DEB" >/dev/null
if [ "$RELEASE_ARCHIVE" = yes ]; then
    ARCHIVE="$OUTPUT/$PACKAGE-$VERSION.tar.gz"
    say "release archive: $ARCHIVE"
    # The folder's contents, owned by root as dpkg would install them.
    tar --owner=0 --group=0 --numeric-owner --sort=name -C "$STAGE$APPDIR" -czf "$ARCHIVE" .
    echo "$ARCHIVE" >&2
fi
echo "$DEB"
