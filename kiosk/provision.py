"""``kiosk provision``: a totem's first-boot set-up, written into its configuration file.

A technician (or an installation script) runs it once as root after the
Debian package is installed::

    printf '%s\\n' "$SECRET" | kiosk --config /etc/spaziocitta/kiosk.toml provision \\
        --totem-id municipio-01 --backend-url https://totem.comune.example.it \\
        --secret-stdin --ca-bundle ca.pem --ask-pin \\
        --tuf-root root.json --repository-url https://aggiornamenti.comune.example.it/kiosk

It sets, in the file given by ``--config``/``KIOSK_CONFIG`` (created from the
documented example when missing):

- ``[kiosk] totem_id``, ``[backend] url`` (https only, unless ``--allow-http``);
- ``[backend] totem_secret``, read from standard input (``--secret-stdin``) or
  asked without echo (``--ask-secret``), never from the command line, where
  every user of the machine could read it in ``/proc``;
- ``[backend] ca_bundle``: the PEM file is checked and copied next to the
  configuration (``backend-ca.pem``), because the kiosk's service cannot read
  a technician's home directory (``ProtectHome=yes``);
- ``[maintenance] pin_hash``: the PIN read from standard input
  (``--pin-stdin``, the line after the secret when both come from there) or
  asked twice (``--ask-pin``), kept only as its scrypt hash;
- ``[updates] trusted_root`` and ``repository_url``: the update repository's
  ``root.json`` is checked for the shape of TUF root metadata and copied to
  ``--tuf-root-dest`` (default ``$KIOSK_DATA_DIR/tuf/root.json``, or
  ``/var/lib/spaziocitta-kiosk/tuf/root.json``).

Everything is checked before anything is written; a refusal is one line on
standard error and exit code 2, with nothing changed. The configuration is
replaced atomically, keeps its comments and its owner, and its mode is 0640
(it holds the totem's secret). Provisioning opens no log and no data file:
it runs as root before the kiosk's user has created them. Nothing it prints
contains the secret or the PIN.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .paths import ENV_CONFIG, ENV_DATA_DIR

CONFIG_MODE = 0o640
"""The configuration holds the totem's secret: root writes it, the kiosk's group reads it."""
PUBLIC_MODE = 0o644
"""The CA bundle and the TUF root are public keys: anyone may read them."""
CA_FILE_NAME = "backend-ca.pem"
TOTEM_GROUP = "kiosk"
"""The group a new configuration file is given when root creates it (the package's user)."""
DEFAULT_DATA_DIR = Path("/var/lib/spaziocitta-kiosk")
MAX_TUF_ROOT_BYTES = 512 * 1024
TOTEM_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
"""As ``[kiosk] totem_id`` in kiosk/config.py."""
TOP_LEVEL_ROLES = ("root", "targets", "snapshot", "timestamp")


class ProvisionError(Exception):
    """Provisioning refused its input or could not write; the message is one line."""


@dataclass(frozen=True, repr=False)
class Provisioning:
    """What to set; ``None`` leaves an option as the file has it."""

    totem_id: str | None = None
    backend_url: str | None = None
    totem_secret: str | None = field(default=None, repr=False)
    ca_bundle: Path | None = None
    pin: str | None = field(default=None, repr=False)
    tuf_root: Path | None = None
    tuf_root_dest: Path | None = None
    repository_url: str | None = None
    allow_http: bool = False

    def __repr__(self) -> str:  # a traceback must not show the secret or the PIN
        return f"Provisioning(totem_id={self.totem_id!r}, backend_url={self.backend_url!r}, ...)"

    def is_empty(self) -> bool:
        return all(
            value is None
            for value in (
                self.totem_id,
                self.backend_url,
                self.totem_secret,
                self.ca_bundle,
                self.pin,
                self.tuf_root,
                self.repository_url,
            )
        )


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``kiosk provision``."""
    parser = commands.add_parser(
        "provision",
        help="first-boot set-up: totem id, backend, secret, CA, maintenance PIN, update root",
        description="Write this totem's identity, credentials and roots of trust into the "
        "configuration file (--config or $KIOSK_CONFIG; created when missing, mode 0640). "
        "Secrets are read from standard input or asked without echo, never from arguments.",
    )
    parser.add_argument("--totem-id", help="this totem's id: lower-case letters, digits, dashes")
    parser.add_argument("--backend-url", help="the municipality's backend, https://...")
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--secret-stdin",
        action="store_true",
        help="read the totem secret from the first line of standard input",
    )
    secret.add_argument(
        "--ask-secret", action="store_true", help="ask for the totem secret (no echo)"
    )
    parser.add_argument(
        "--ca-bundle",
        type=Path,
        help=f"PEM file of the CA of the backend's certificate (copied as {CA_FILE_NAME} "
        "next to the configuration)",
    )
    pin = parser.add_mutually_exclusive_group()
    pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the maintenance PIN from the next line of standard input",
    )
    pin.add_argument(
        "--ask-pin", action="store_true", help="ask for the maintenance PIN twice (no echo)"
    )
    parser.add_argument(
        "--tuf-root", type=Path, help="the update repository's trusted root.json (TUF)"
    )
    parser.add_argument(
        "--tuf-root-dest",
        type=Path,
        help="where the trusted root is installed (default: $KIOSK_DATA_DIR/tuf/root.json, "
        f"else {DEFAULT_DATA_DIR}/tuf/root.json)",
    )
    parser.add_argument("--repository-url", help="the update repository, https://...")
    parser.add_argument(
        "--allow-http",
        action="store_true",
        help="accept http:// URLs (a test bench only: the secret would travel in clear)",
    )
    parser.set_defaults(handler=provision_command)


def provision_command(args: argparse.Namespace) -> int:
    """The handler: read the secrets, provision, print what was set (never a secret)."""
    chosen = args.config or os.environ.get(ENV_CONFIG)
    try:
        if not chosen:
            raise ProvisionError(
                f"no configuration file to provision: give --config FILE or set {ENV_CONFIG}"
            )
        request = Provisioning(
            totem_id=args.totem_id,
            backend_url=args.backend_url,
            totem_secret=_read_secret(args),
            ca_bundle=args.ca_bundle,
            pin=_read_pin(args),
            tuf_root=args.tuf_root,
            tuf_root_dest=args.tuf_root_dest,
            repository_url=args.repository_url,
            allow_http=args.allow_http,
        )
        done = provision(Path(chosen), request)
    except ProvisionError as exc:
        print(f"kiosk provision: {exc}; nothing changed", file=sys.stderr)
        return 2
    print(f"provisioned {chosen}:")
    for line in done:
        print(f"  {line}")
    print("a running kiosk uses it after a restart (systemctl restart spaziocitta-kiosk)")
    return 0


def _read_secret(args: argparse.Namespace) -> str | None:
    if args.secret_stdin:
        return _stdin_line("the totem secret")
    if args.ask_secret:
        return getpass.getpass("Totem secret: ")
    return None


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return _stdin_line("the maintenance PIN")
    if args.ask_pin:
        pin = getpass.getpass("Maintenance PIN: ")
        if getpass.getpass("The same PIN again: ") != pin:
            raise ProvisionError("the two PINs differ")
        return pin
    return None


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise ProvisionError(f"standard input ended before {what}")
    return line.rstrip("\r\n")


@dataclass
class _Plan:
    """What provisioning will write, gathered (and checked) before anything is written."""

    options: dict[tuple[str, str], str] = field(default_factory=dict)
    done: list[str] = field(default_factory=list)
    copies: list[tuple[Path, bytes]] = field(default_factory=list)

    def set(self, section: str, option: str, value: str, line: str) -> None:
        self.options[section, option] = value
        self.done.append(line)


def provision(config_path: Path, request: Provisioning) -> list[str]:
    """Check ``request``, install its files and write its options into ``config_path``.

    Returns one line per thing set, for the technician (no secret in them).
    Raises ProvisionError, having changed nothing, when any input is refused.
    """
    if request.is_empty():
        raise ProvisionError(
            "nothing to provision: give at least one of --totem-id, --backend-url, "
            "--secret-stdin/--ask-secret, --ca-bundle, --pin-stdin/--ask-pin, --tuf-root, "
            "--repository-url"
        )
    plan = _Plan()
    _plan_identity(request, plan)
    _plan_trust(config_path, request, plan)

    text, existing = _current_text(config_path)
    from .maintenance.commands import set_option_text

    for (section, option), value in plan.options.items():
        text = set_option_text(text, section, option, toml_string(value))
    config = _check_written(text, plan.options, config_path)
    if config.updates.trusted_root and not config.updates.repository_url:
        raise ProvisionError(
            "a trusted root needs the repository it belongs to: give --repository-url"
        )

    for destination, content in plan.copies:
        _write_atomically(destination, content, PUBLIC_MODE)
    _write_atomically(
        config_path, text.encode("utf-8"), CONFIG_MODE, keep_owner=existing, new_file=True
    )
    return plan.done


def _plan_identity(request: Provisioning, plan: _Plan) -> None:
    """Who the totem is and how it reaches its backend."""
    if request.totem_id is not None:
        totem_id = check_totem_id(request.totem_id)
        plan.set("kiosk", "totem_id", totem_id, f"totem id:        {totem_id}")
    if request.backend_url is not None:
        url = check_url(request.backend_url, "backend URL", allow_http=request.allow_http)
        plan.set("backend", "url", url, f"backend:         {url}")
    if request.totem_secret is not None:
        secret = check_secret(request.totem_secret)
        plan.set(
            "backend", "totem_secret", secret, f"totem secret:    set ({len(secret)} characters)"
        )


def _plan_trust(config_path: Path, request: Provisioning, plan: _Plan) -> None:
    """The roots of trust: the backend's CA, the maintenance PIN, the update repository's."""
    if request.ca_bundle is not None:
        pem = check_ca_bundle(request.ca_bundle)
        destination = (config_path.parent / CA_FILE_NAME).absolute()
        if destination.resolve() != request.ca_bundle.resolve():
            plan.copies.append((destination, pem))
        plan.set("backend", "ca_bundle", str(destination), f"CA bundle:       {destination}")
    if request.pin is not None:
        from .maintenance.pin import PinRuleError, hash_pin

        try:
            pin_hash = hash_pin(request.pin)
        except PinRuleError as exc:
            raise ProvisionError(f"maintenance PIN refused: {exc}") from None
        plan.set("maintenance", "pin_hash", pin_hash, "maintenance PIN: set")
    if request.tuf_root is not None:
        content, summary = check_tuf_root(request.tuf_root)
        destination = (request.tuf_root_dest or default_tuf_root_dest()).absolute()
        plan.copies.append((destination, content))
        plan.set(
            "updates",
            "trusted_root",
            str(destination),
            f"update root:     {destination} ({summary})",
        )
    if request.repository_url is not None:
        url = check_url(request.repository_url, "repository URL", allow_http=request.allow_http)
        plan.set("updates", "repository_url", url, f"updates from:    {url}")


def check_totem_id(text: str) -> str:
    if not TOTEM_ID.match(text):
        raise ProvisionError(
            f"totem id {text!r} is not valid: 2 to 63 lower-case letters, digits and dashes, "
            "not starting with a dash"
        )
    return text


def check_url(text: str, what: str, *, allow_http: bool) -> str:
    """An absolute https:// URL with a host and no credentials, query or fragment."""
    if not text or any(ch.isspace() for ch in text):
        raise ProvisionError(f"{what} {text!r} is not a URL")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 -- raises ValueError for a bad port
    except ValueError:
        raise ProvisionError(f"{what} {text!r} is not a valid URL") from None
    allowed = ("https", "http") if allow_http else ("https",)
    if parts.scheme not in allowed:
        hint = "" if allow_http or parts.scheme != "http" else " (--allow-http on a test bench)"
        raise ProvisionError(f"{what} {text!r} must start with https://{hint}")
    if not host:
        raise ProvisionError(f"{what} {text!r} has no host")
    if parts.username is not None or parts.password is not None:
        raise ProvisionError(f"{what} must not contain a user name or password")
    if parts.query or parts.fragment:
        raise ProvisionError(f"{what} {text!r} must not have a query or fragment")
    return text


def check_secret(text: str) -> str:
    # `kiosk-backend add-totem` gives 43 URL-safe characters; a bearer token is
    # "<totem id>.<secret>", so a dot or a space would break it.
    if len(text) < 16:
        raise ProvisionError("the totem secret is too short (at least 16 characters)")
    if len(text) > 512 or not re.fullmatch(r"[A-Za-z0-9_\-~+/=]+", text):
        raise ProvisionError(
            "the totem secret has characters a secret from `kiosk-backend add-totem` never has"
        )
    return text


def check_ca_bundle(path: Path) -> bytes:
    """The PEM file's bytes, if it can be read and holds at least one CA certificate."""
    import ssl

    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ProvisionError(f"CA bundle {path}: cannot read it: {exc.strerror or exc}") from None
    if b"-----BEGIN CERTIFICATE-----" not in content:
        raise ProvisionError(f"CA bundle {path}: no PEM certificate in it")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cadata=content.decode("ascii", errors="replace"))
    except (ssl.SSLError, ValueError) as exc:
        raise ProvisionError(f"CA bundle {path}: not usable as a CA bundle: {exc}") from None
    if not context.get_ca_certs():
        raise ProvisionError(f"CA bundle {path}: no CA certificate in it")
    return content


def check_tuf_root(path: Path) -> tuple[bytes, str]:
    """The root.json's bytes and a short description, if it has the shape of TUF root metadata.

    Only the shape: the signatures are checked by the updater, which trusts this
    file's keys by definition (it is the root of trust provisioning hands over).
    """
    try:
        with path.open("rb") as file:
            content = file.read(MAX_TUF_ROOT_BYTES + 1)
    except OSError as exc:
        raise ProvisionError(f"TUF root {path}: cannot read it: {exc.strerror or exc}") from None
    if len(content) > MAX_TUF_ROOT_BYTES:
        raise ProvisionError(f"TUF root {path}: larger than {MAX_TUF_ROOT_BYTES} bytes")
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        raise ProvisionError(f"TUF root {path}: not JSON") from None
    signed = document.get("signed") if isinstance(document, dict) else None
    if not isinstance(signed, dict) or signed.get("_type") != "root":
        raise ProvisionError(f"TUF root {path}: not TUF root metadata (signed._type 'root')")
    version, keys, roles = signed.get("version"), signed.get("keys"), signed.get("roles")
    if not (isinstance(version, int) and version >= 1):
        raise ProvisionError(f"TUF root {path}: no valid version")
    if not isinstance(keys, dict) or not keys:
        raise ProvisionError(f"TUF root {path}: no keys")
    if not isinstance(roles, dict) or any(
        not isinstance(roles.get(role), dict) or not roles[role].get("keyids")
        for role in TOP_LEVEL_ROLES
    ):
        raise ProvisionError(
            f"TUF root {path}: roles must name keys for {', '.join(TOP_LEVEL_ROLES)}"
        )
    signatures = document.get("signatures")
    if not isinstance(signatures, list) or not signatures:
        raise ProvisionError(f"TUF root {path}: not signed")
    return content, f"root version {version}, {len(keys)} keys, expires {signed.get('expires')}"


def default_tuf_root_dest() -> Path:
    data = os.environ.get(ENV_DATA_DIR)
    return (Path(data) if data else DEFAULT_DATA_DIR) / "tuf" / "root.json"


def toml_string(value: str) -> str:
    """``value`` as a TOML basic string (quotes, backslashes and controls escaped)."""
    escaped = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n"}
    escaped |= {"\f": "\\f", "\r": "\\r"}
    out = []
    for char in value:
        if char in escaped:
            out.append(escaped[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _current_text(path: Path) -> tuple[str, os.stat_result | None]:
    """The file's text and status, or the documented example's text for a new file."""
    try:
        return path.read_text(encoding="utf-8"), path.stat()
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvisionError(f"{path}: cannot read the configuration file: {exc}") from None
    from importlib.resources import files

    example = files("spaziocitta.assets").joinpath("kiosk.example.toml")
    return example.read_text(encoding="utf-8"), None


def _check_written(text: str, options: dict[tuple[str, str], str], path: Path):  # type: ignore[no-untyped-def]
    """The new configuration, parsed; ProvisionError unless it says exactly what was asked."""
    import tomllib

    from .config import ConfigError, parse_config

    try:
        config = parse_config(tomllib.loads(text), source=str(path))
    except tomllib.TOMLDecodeError as exc:
        raise ProvisionError(f"{path}: the result would not be valid TOML: {exc}") from None
    except ConfigError as exc:
        raise ProvisionError(f"the configuration would be refused: {exc}") from None
    for (section, option), value in options.items():
        if getattr(getattr(config, section), option) != value:
            raise ProvisionError(
                f"{path}: [{section}] is written in a form this command cannot edit; "
                f"set {option} by hand"
            )
    return config


def _write_atomically(
    path: Path,
    content: bytes,
    mode: int,
    *,
    keep_owner: os.stat_result | None = None,
    new_file: bool = False,
) -> None:
    """Replace ``path`` by ``content`` with ``mode``: a crash leaves the old or the new file."""
    target = path.resolve() if path.is_symlink() else path  # update where it really lives
    try:
        target.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".provision-", dir=target.parent)
    except OSError as exc:
        raise ProvisionError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            os.fchmod(file.fileno(), mode)
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        _set_owner(temporary, keep_owner, new_file)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ProvisionError(f"{path}: cannot write: {exc.strerror or exc}") from None
    with contextlib.suppress(OSError):  # the rename must reach the disk before a power cut
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _set_owner(path: str, keep: os.stat_result | None, new_file: bool) -> None:
    if keep is not None:
        with contextlib.suppress(PermissionError):  # not root: the file stays ours
            os.chown(path, keep.st_uid, keep.st_gid)
        return
    if new_file and os.geteuid() == 0:
        import grp

        # root creates it for the kiosk's service: readable by group kiosk, when there is one.
        with contextlib.suppress(KeyError):
            os.chown(path, 0, grp.getgrnam(TOTEM_GROUP).gr_gid)
