"""Mail delivery: rendered briefs as one e-mail, sent over SMTP or written as an .eml file.

The message is multipart: the Markdown as text/plain, the HTML as its alternative, a PDF,
calendar or JSON file as attachments. Sending uses the standard library (smtplib) with
STARTTLS, implicit TLS or neither, and certificates checked against the system's CAs
(or SSL_CERT_FILE). Every failure becomes a DeliveryError whose message says what went
wrong and never holds the password; nothing is reported sent that the server refused.
"""

from __future__ import annotations

import html
import json
import logging
import re
import smtplib
import ssl
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid
from pathlib import Path

from .config import Settings, SmtpSettings, home
from .errors import ConfigError, DeliveryError, InputError, UsageError
from .models import Brief
from .output import write_atomic
from .render import render
from .render.view import document_title

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
#: suffix -> (maintype, subtype) of the files mailed as attachments
ATTACHMENT_TYPES = {
    ".pdf": ("application", "pdf"),
    ".ics": ("text", "calendar"),
    ".json": ("application", "json"),
}
BODY_SUFFIXES = (".md", ".html")
#: the formats `mail_brief` renders: text body, HTML alternative, PDF to forward
MAIL_FORMATS = ("md", "html", "pdf")


@dataclass(frozen=True)
class Delivery:
    """What happened to one message: who it went to, or where the .eml was written."""

    recipients: list[str]
    files: list[Path]
    subject: str
    eml: Path | None = None


# ---------------------------------------------------------------- addresses and settings


def check_addresses(addresses: Sequence[str], what: str) -> list[str]:
    """Each address as given, after checking that it is one well-formed mail address."""
    checked = []
    for given in addresses:
        parsed = getaddresses([given])
        if len(parsed) != 1 or not re.fullmatch(r"[^@\s<>,]+@[^@\s<>,]+", parsed[0][1]) or "\n" in given:
            raise UsageError(f"{what} {given!r} is not an e-mail address")
        checked.append(given.strip())
    return checked


def sender_address(smtp: SmtpSettings) -> str:
    """The From address: --from / BRIEFER_SMTP_FROM / from_addr, else a user name that is an address."""
    sender = smtp.from_addr or (smtp.user if smtp.user and "@" in smtp.user else None)
    if not sender:
        raise ConfigError(
            "no sender address: give --from, set BRIEFER_SMTP_FROM, or from_addr in the [smtp] table of briefer.toml"
        )
    return check_addresses([sender], "sender")[0]


def check_server(smtp: SmtpSettings) -> None:
    """Fail before any work is done when the settings cannot possibly send mail."""
    if not smtp.host:
        raise ConfigError(
            "no SMTP server: give --smtp-host, set BRIEFER_SMTP_HOST, or host in the [smtp] table of briefer.toml"
        )
    if smtp.user and smtp.password is None:
        raise ConfigError(
            f"SMTP user {smtp.user!r} has no password: set BRIEFER_SMTP_PASSWORD or use --smtp-password-file"
        )
    sender_address(smtp)


def check_can_mail(to: Sequence[str], smtp: SmtpSettings) -> None:
    """Before any costly work (fetching, extraction): fail now if the mail could never go out."""
    check_addresses(to, "recipient")
    check_server(smtp)


# ---------------------------------------------------------------- composing


def compose(
    files: Sequence[Path],
    *,
    to: Sequence[str],
    sender: str,
    cc: Sequence[str] = (),
    subject: str | None = None,
) -> EmailMessage:
    """One message from rendered files: .md as the text, .html as its alternative, the rest attached."""
    bodies, attachments = _sort_files(files)
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = " ".join((subject or subject_from_files(files)).split())
    message["From"] = sender
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=Address(addr_spec=getaddresses([sender])[0][1]).domain)
    text = _read_text(bodies[".md"]) if ".md" in bodies else _attachment_note(attachments)
    message.set_content(text, subtype="plain", charset="utf-8")
    if ".html" in bodies:
        message.add_alternative(_read_text(bodies[".html"]), subtype="html", charset="utf-8")
    for path in attachments:
        maintype, subtype = ATTACHMENT_TYPES[path.suffix.lower()]
        params = {"method": "PUBLISH"} if subtype == "calendar" else {}
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name, params=params)
    return message


def _sort_files(files: Sequence[Path]) -> tuple[dict[str, Path], list[Path]]:
    bodies: dict[str, Path] = {}
    attachments: list[Path] = []
    for path in files:
        suffix = path.suffix.lower()
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if suffix in BODY_SUFFIXES:
            if suffix in bodies:
                raise UsageError(f"give at most one {suffix} file (got {bodies[suffix]} and {path})")
            bodies[suffix] = path
        elif suffix in ATTACHMENT_TYPES:
            attachments.append(path)
        else:
            kinds = " ".join(BODY_SUFFIXES + tuple(ATTACHMENT_TYPES))
            raise UsageError(f"{path}: cannot mail a {suffix or 'suffix-less'} file (mail {kinds} files)")
    if not bodies and not attachments:
        raise UsageError("nothing to mail: name the rendered files (.md, .html, .pdf, .ics)")
    return bodies, attachments


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def _attachment_note(attachments: Sequence[Path]) -> str:
    return "The brief is attached: " + ", ".join(path.name for path in attachments) + "\n"


def subject_from_files(files: Sequence[Path]) -> str:
    """The brief's 'title — date', read back from the rendered JSON, HTML or Markdown."""
    by_suffix = {path.suffix.lower(): path for path in files}
    if ".json" in by_suffix:
        try:
            return document_title(Brief.model_validate(json.loads(_read_text(by_suffix[".json"]))))
        except ValueError:
            pass
    if ".html" in by_suffix:
        found = re.search(r"<title>(.*?)</title>", _read_text(by_suffix[".html"]), re.DOTALL | re.IGNORECASE)
        if found and found.group(1).strip():
            return html.unescape(found.group(1)).strip()
    if ".md" in by_suffix:
        title = _markdown_title(_read_text(by_suffix[".md"]))
        if title:
            return title
    return "Brief: " + ", ".join(path.name for path in files)


def _markdown_title(markdown: str) -> str | None:
    lines = markdown.splitlines()
    heading = next((line for line in lines[:3] if line.startswith("# ")), None)
    if heading is None:
        return None
    title = re.sub(r"\\(.)", r"\1", heading[2:].strip())
    day = next((m.group(0) for line in lines[:6] if (m := re.search(r"\b\d{4}-\d{2}-\d{2}\b", line))), None)
    return f"{title} — {day}" if day and day not in title else title


def write_eml(message: EmailMessage, path: Path) -> Path:
    return write_atomic(path, message.as_bytes(policy=policy.SMTP))


# ---------------------------------------------------------------- sending


def send_message(message: EmailMessage, smtp: SmtpSettings) -> dict[str, str]:
    """Hand `message` to the SMTP server; returns the recipients it refused (others got it).

    Raises DeliveryError when the message went to nobody.
    """
    check_server(smtp)
    host = smtp.host or ""
    port = smtp.port or DEFAULT_PORTS[smtp.security]
    where = f"SMTP server {host}:{port}"
    recipients = [addr for _, addr in getaddresses(message.get_all("To", []) + message.get_all("Cc", []))]
    log.info("sending %r to %s via %s (%s)", message["Subject"], ", ".join(recipients), where, smtp.security)
    if smtp.user and smtp.security == "none":
        log.warning("logging in to %s without TLS: the password crosses the network unencrypted", where)
    try:
        client = _connect(host, port, smtp)
        try:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.user and smtp.password is not None:
                client.login(smtp.user, smtp.password.get_secret_value())
            refused = client.send_message(message)
        finally:
            _close(client)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"{where} refused the login of user {smtp.user!r}: {_reply(exc)}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(f"{where} refused every recipient: {_refusals(exc.recipients)}") from None
    except smtplib.SMTPSenderRefused as exc:
        raise DeliveryError(f"{where} refused the sender {exc.sender!r}: {_reply(exc)}") from None
    except smtplib.SMTPNotSupportedError as exc:
        hint = " (set security to 'tls' or 'none')" if "STARTTLS" in str(exc) else ""
        raise DeliveryError(f"{where}: {exc}{hint}") from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"{where} refused the message: {_reply(exc)}") from None
    except smtplib.SMTPException as exc:
        raise DeliveryError(f"{where}: {exc or type(exc).__name__}") from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(f"{where}: TLS certificate not trusted ({exc.verify_message})") from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"{where}: TLS failed ({exc.reason or exc}); check the port and security setting") from None
    except TimeoutError:
        raise DeliveryError(f"{where} did not answer within {smtp.timeout:g} s") from None
    except OSError as exc:
        raise DeliveryError(f"cannot connect to {where}: {exc.strerror or exc}") from None
    refused_replies = {addr: _reply_text(code, text) for addr, (code, text) in refused.items()}
    if refused_replies:
        log.warning("%s refused %s", where, ", ".join(refused_replies))
    return refused_replies


def _connect(host: str, port: int, smtp: SmtpSettings) -> smtplib.SMTP:
    if smtp.security == "tls":
        return smtplib.SMTP_SSL(host, port, timeout=smtp.timeout, context=ssl.create_default_context())
    return smtplib.SMTP(host, port, timeout=smtp.timeout)


def _close(client: smtplib.SMTP) -> None:
    """QUIT politely; a server that hangs up first has still received what it accepted."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _reply_text(code: int, text: bytes | str) -> str:
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(text.split())}".strip()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return _reply_text(exc.smtp_code, exc.smtp_error)


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({_reply_text(code, text)})" for addr, (code, text) in refused.items())


# ---------------------------------------------------------------- the two entry points


def send_files(
    files: Sequence[Path],
    *,
    to: Sequence[str],
    settings: Settings,
    cc: Sequence[str] = (),
    subject: str | None = None,
    dry_run: bool = False,
    eml_path: Path | None = None,
    brief: Brief | None = None,
) -> Delivery:
    """`briefer send`: mail already-rendered files, or with `dry_run` write the .eml instead.

    The subject defaults to `brief`'s title and date, else to those read back from the files.
    """
    to = check_addresses(to, "recipient")
    cc = check_addresses(cc, "cc recipient")
    if not to:
        raise UsageError("no recipient: give --to ADDR")
    if not dry_run:
        check_server(settings.smtp)
    subject = subject or (document_title(brief) if brief is not None else None)
    message = compose(files, to=to, cc=cc, sender=sender_address(settings.smtp), subject=subject)
    recipients = list(to) + list(cc)
    if dry_run:
        target = eml_path or Path(files[0]).with_suffix(".eml")
        return Delivery(recipients, list(files), str(message["Subject"]), eml=write_eml(message, target))
    refused = send_message(message, settings.smtp)
    accepted = [addr for addr in recipients if getaddresses([addr])[0][1] not in refused]
    if refused:
        raise DeliveryError(f"sent to {', '.join(accepted)}, but the server refused {_refusal_list(refused)}")
    return Delivery(accepted, list(files), str(message["Subject"]))


def _refusal_list(refused: dict[str, str]) -> str:
    return "; ".join(f"{addr} ({reply})" for addr, reply in refused.items())


def mail_brief(
    brief: Brief,
    *,
    to: Sequence[str],
    settings: Settings,
    written: Path | None = None,
    cc: Sequence[str] = (),
    subject: str | None = None,
) -> Delivery:
    """`briefer brief --email-to`: render Markdown, HTML and PDF to disk, then mail them.

    The files go beside `written` (the -o file) or into a new folder under
    $BRIEFER_HOME/outbox/, and stay there when sending fails: the error names them.
    """
    to = check_addresses(to, "recipient")
    check_server(settings.smtp)
    files = _write_outputs(brief, written)
    try:
        return send_files(files, to=to, cc=cc, subject=subject, settings=settings, brief=brief)
    except DeliveryError as exc:
        raise DeliveryError(f"{exc}; the brief stays on disk: {', '.join(str(path) for path in files)}") from None


def _write_outputs(brief: Brief, written: Path | None) -> list[Path]:
    if written is not None:
        folder, stem = written.parent, written.stem
    else:
        outbox = home() / "outbox"
        outbox.mkdir(parents=True, exist_ok=True)
        folder, stem = Path(tempfile.mkdtemp(prefix=f"{brief.date.isoformat()}-", dir=outbox)), brief.date.isoformat()
    formats = MAIL_FORMATS + (("ics",) if brief.deadlines else ())
    files = []
    for fmt in formats:
        path = folder / f"{stem}.{fmt}"
        if written is None or path != written:
            write_atomic(path, render(brief, fmt))
        files.append(path)
    return files
