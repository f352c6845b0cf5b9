"""Mail delivery against a real SMTP server (aiosmtpd) on the loopback interface: plain,
STARTTLS and implicit TLS with a self-signed certificate made here, logins that fail,
recipients that are refused, servers that are not there. The received message is parsed
back and checked part by part."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from briefer.cli import cli
from briefer.config import Settings
from briefer.deliver import mail_brief, send_files
from briefer.errors import DeliveryError
from briefer.render import render

from .brief_factory import hand_made_brief
from .conftest import SEED, SEED_DATE

USER = "briefer-bot"
PASSWORD = "s3cret-Pa55word-never-logged"
SENDER = "Briefer <briefs@example.org>"
SUBJECT = "Tariff talks — Japan, the U.S. and São Paulo — 2025-06-12"


# ------------------------------------------------------------------------- a real SMTP server


@dataclass
class Inbox:
    """aiosmtpd handler: keeps every message; refuses recipients at nobody@..."""

    messages: list[tuple[Envelope, EmailMessage]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append((envelope, message))
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.login == USER.encode() and data.password == PASSWORD.encode()
        if ok:
            self.logins.append(USER)
        return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    inbox: Inbox
    port: int

    def env(self, security: str, **extra: str) -> dict[str, str]:
        values = {
            "BRIEFER_SMTP_HOST": "127.0.0.1",
            "BRIEFER_SMTP_PORT": str(self.port),
            "BRIEFER_SMTP_SECURITY": security,
            "BRIEFER_SMTP_FROM": SENDER,
        }
        return {**values, **extra}


def serve(*, auth: bool = False, **options: Any) -> Iterator[Server]:
    inbox = Inbox()
    port = free_port()
    if auth:
        options["authenticator"] = inbox.authenticate
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield Server(inbox, port)
    finally:
        controller.stop()


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, valid for a day."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "briefer test SMTP")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificate(cert_path, key_path)


@pytest.fixture
def plain_server() -> Iterator[Server]:
    yield from serve()


@pytest.fixture
def starttls_server(certificate: Certificate) -> Iterator[Server]:
    yield from serve(tls_context=certificate.server_context(), require_starttls=True, auth=True, auth_required=True)


@pytest.fixture
def tls_server(certificate: Certificate) -> Iterator[Server]:
    # aiosmtpd counts only STARTTLS as TLS for AUTH; here the whole connection is TLS already
    yield from serve(ssl_context=certificate.server_context(), auth=True, auth_require_tls=False)


@pytest.fixture
def trust(certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the test certificate a trusted CA, as SSL_CERT_FILE does for a private server."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert))


# ------------------------------------------------------------------------- rendered files


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rendered")
    brief = hand_made_brief()
    paths = {}
    for fmt in ("md", "html", "pdf", "ics"):
        paths[fmt] = folder / f"2025-06-12.{fmt}"
        paths[fmt].write_bytes(render(brief, fmt))
    return paths


def invoke(args: list[str], env: dict[str, str]) -> Any:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def parts(message: EmailMessage) -> dict[str, Any]:
    """The parts a mail client shows: the text, the HTML (lines ending as on disk, not CRLF
    as on the wire), and attachments by file name."""
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return {
        "text": text.get_content().replace("\r\n", "\n") if text else None,
        "html": html.get_content().replace("\r\n", "\n") if html else None,
        "attachments": {
            part.get_filename(): (part.get_content_type(), part.get_content()) for part in message.iter_attachments()
        },
    }


# ------------------------------------------------------------------------- briefer send


def test_send_delivers_text_html_and_attachments(plain_server: Server, rendered: dict[str, Path]) -> None:
    files = [str(rendered[fmt]) for fmt in ("md", "html", "pdf", "ics")]
    result = invoke(
        ["send", *files, "--to", "ana@example.com", "--to", "Bo Müller <bo@example.net>", "--cc", "cy@example.com"],
        plain_server.env("none"),
    )
    assert result.exit_code == 0, result.output
    assert "sent" in result.output and "ana@example.com" in result.output
    [(envelope, message)] = plain_server.inbox.messages
    assert envelope.mail_from == "briefs@example.org"
    assert sorted(envelope.rcpt_tos) == ["ana@example.com", "bo@example.net", "cy@example.com"]
    assert message["Subject"] == SUBJECT
    assert message["To"] == "ana@example.com, Bo Müller <bo@example.net>" and message["Cc"] == "cy@example.com"
    assert message["From"] == SENDER and message["Message-ID"] and message["Date"]
    assert message.get_content_type() == "multipart/mixed"
    got = parts(message)
    assert got["text"] == rendered["md"].read_text(encoding="utf-8")
    assert got["html"] == rendered["html"].read_text(encoding="utf-8")
    assert got["attachments"]["2025-06-12.pdf"] == ("application/pdf", rendered["pdf"].read_bytes())
    kind, ics = got["attachments"]["2025-06-12.ics"]
    assert kind == "text/calendar" and "BEGIN:VEVENT" in ics


def test_send_over_starttls_logs_in_and_never_shows_the_password(
    starttls_server: Server, rendered: dict[str, Path], trust: None, caplog: pytest.LogCaptureFixture
) -> None:
    env = starttls_server.env("starttls", BRIEFER_SMTP_USER=USER, BRIEFER_SMTP_PASSWORD=PASSWORD)
    result = invoke(["send", str(rendered["md"]), str(rendered["pdf"]), "--to", "ana@example.com", "-vv"], env)
    assert result.exit_code == 0, result.output
    assert starttls_server.inbox.logins == [USER]
    [(_, message)] = starttls_server.inbox.messages
    assert list(parts(message)["attachments"]) == ["2025-06-12.pdf"]
    assert "sending" in result.output  # the verbose log lines were captured ...
    assert PASSWORD not in result.output  # ... and none holds the password
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)


def test_send_over_implicit_tls(tls_server: Server, rendered: dict[str, Path], trust: None) -> None:
    settings = Settings.resolve(
        {
            "smtp_host": "127.0.0.1",
            "smtp_port": tls_server.port,
            "smtp_security": "tls",
            "smtp_user": USER,
            "smtp_password": PASSWORD,
            "smtp_from_addr": SENDER,
        },
        env={},
    )
    delivery = send_files([rendered["md"], rendered["html"]], to=["ana@example.com"], settings=settings)
    assert delivery.recipients == ["ana@example.com"] and delivery.subject == SUBJECT
    assert tls_server.inbox.logins == [USER]
    [(_, message)] = tls_server.inbox.messages
    assert message.get_content_type() == "multipart/alternative" and parts(message)["attachments"] == {}


def test_send_refuses_an_untrusted_certificate(starttls_server: Server, rendered: dict[str, Path]) -> None:
    env = starttls_server.env("starttls", BRIEFER_SMTP_USER=USER, BRIEFER_SMTP_PASSWORD=PASSWORD)
    result = invoke(["send", str(rendered["md"]), "--to", "ana@example.com"], env)
    assert result.exit_code == 1
    assert "TLS certificate not trusted" in result.output and "sent" not in result.output
    assert starttls_server.inbox.messages == [] and starttls_server.inbox.logins == []


def test_send_with_a_wrong_password_fails_clearly(
    starttls_server: Server, rendered: dict[str, Path], trust: None, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "not-the-Pa55word"
    env = starttls_server.env("starttls", BRIEFER_SMTP_USER=USER, BRIEFER_SMTP_PASSWORD=wrong)
    result = invoke(["send", str(rendered["md"]), "--to", "ana@example.com", "-vv"], env)
    assert result.exit_code == 1
    assert f"refused the login of user '{USER}'" in result.output and "535" in result.output
    assert wrong not in result.output and all(wrong not in r.getMessage() for r in caplog.records)
    assert starttls_server.inbox.messages == []


def test_send_reads_the_password_from_a_file_not_a_flag(
    starttls_server: Server, rendered: dict[str, Path], trust: None, tmp_path: Path
) -> None:
    secret = tmp_path / "smtp-password"
    secret.write_text(PASSWORD + "\n")
    env = starttls_server.env("starttls", BRIEFER_SMTP_USER=USER)
    result = invoke(["send", str(rendered["md"]), "--to", "ana@example.com", "--smtp-password-file", str(secret)], env)
    assert result.exit_code == 0, result.output
    assert starttls_server.inbox.logins == [USER]


def test_send_to_a_server_that_is_not_there(rendered: dict[str, Path]) -> None:
    env = Server(Inbox(), free_port()).env("none")
    result = invoke(["send", str(rendered["md"]), "--to", "ana@example.com"], env)
    assert result.exit_code == 1
    assert "cannot connect to SMTP server 127.0.0.1:" in result.output and "refused" in result.output
    assert "sent" not in result.output


def test_send_when_every_recipient_is_refused(plain_server: Server, rendered: dict[str, Path]) -> None:
    result = invoke(["send", str(rendered["md"]), "--to", "nobody@example.com"], plain_server.env("none"))
    assert result.exit_code == 1
    assert "refused every recipient: nobody@example.com (550 5.1.1 no such mailbox)" in result.output
    assert plain_server.inbox.messages == []


def test_send_when_some_recipients_are_refused_says_who_got_it(plain_server: Server, rendered: dict[str, Path]) -> None:
    args = ["send", str(rendered["md"]), "--to", "ana@example.com", "--to", "nobody@example.com"]
    result = invoke(args, plain_server.env("none"))
    assert result.exit_code == 1
    assert "sent to ana@example.com, but the server refused nobody@example.com (550 5.1.1" in result.output
    [(envelope, _)] = plain_server.inbox.messages
    assert envelope.rcpt_tos == ["ana@example.com"]


def test_send_dry_run_writes_the_eml_and_sends_nothing(rendered: dict[str, Path], tmp_path: Path) -> None:
    eml = tmp_path / "out" / "brief.eml"
    args = ["send", str(rendered["md"]), str(rendered["pdf"]), "--to", "ana@example.com", "--from", "me@example.org"]
    result = invoke([*args, "--subject", "Morning brief", "--dry-run", "-o", str(eml)], {})
    assert result.exit_code == 0, result.output
    assert str(eml) in result.output and "nothing sent" in result.output
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Morning brief" and message["From"] == "me@example.org"
    assert parts(message)["attachments"]["2025-06-12.pdf"][1] == rendered["pdf"].read_bytes()


def test_send_subject_defaults_to_the_title_and_date_in_the_files(rendered: dict[str, Path], tmp_path: Path) -> None:
    for files in ([rendered["md"]], [rendered["html"], rendered["pdf"]]):
        eml = tmp_path / "subject.eml"
        args = [
            "send",
            *map(str, files),
            "--to",
            "a@example.com",
            "--from",
            "me@example.org",
            "--dry-run",
            "-o",
            str(eml),
        ]
        assert invoke(args, {}).exit_code == 0
        assert email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["Subject"] == SUBJECT


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (
            ["--to", "not-an-address"],
            {"BRIEFER_SMTP_HOST": "127.0.0.1"},
            "recipient 'not-an-address' is not an e-mail address",
        ),
        (["--to", "a@example.com"], {}, "no SMTP server: give --smtp-host"),
        (["--to", "a@example.com"], {"BRIEFER_SMTP_HOST": "127.0.0.1"}, "no sender address: give --from"),
        (
            ["--to", "a@example.com", "--from", "me@example.org", "--smtp-host", "127.0.0.1", "--smtp-user", "me"],
            {},
            "SMTP user 'me' has no password",
        ),
    ],
)
def test_send_usage_errors_exit_2(
    rendered: dict[str, Path], args: list[str], env: dict[str, str], message: str
) -> None:
    result = invoke(["send", str(rendered["md"]), *args], env)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_send_refuses_files_it_cannot_mail(rendered: dict[str, Path], tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK")
    result = invoke(
        ["send", str(rendered["md"]), str(odd), "--to", "a@example.com", "--dry-run"], {"BRIEFER_SMTP_FROM": "me@x.org"}
    )
    assert result.exit_code == 2 and "cannot mail a .docx file" in result.output
    missing = invoke(["send", str(tmp_path / "gone.md"), "--to", "a@example.com"], {})
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_smtp_settings_come_from_the_config_file(
    plain_server: Server, rendered: dict[str, Path], tmp_path: Path
) -> None:
    config = tmp_path / "briefer.toml"
    config.write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {plain_server.port}\nsecurity = "none"\nfrom_addr = "cfg@example.org"\n'
    )
    result = invoke(["send", str(rendered["md"]), "--to", "a@example.com", "--config", str(config)], {})
    assert result.exit_code == 0, result.output
    [(envelope, _)] = plain_server.inbox.messages
    assert envelope.mail_from == "cfg@example.org"


# ------------------------------------------------------------------------- brief --email-to


def smtp_settings(server: Server, **extra: Any) -> Settings:
    flags = {"smtp_host": "127.0.0.1", "smtp_port": server.port, "smtp_security": "none", "smtp_from_addr": SENDER}
    return Settings.resolve({**flags, **extra}, env={})


def test_mail_brief_renders_into_the_outbox_and_mails(plain_server: Server, briefer_home: Path) -> None:
    delivery = mail_brief(hand_made_brief(), to=["ana@example.com"], settings=smtp_settings(plain_server))
    names = sorted(path.name for path in delivery.files)
    assert names == ["2025-06-12.html", "2025-06-12.ics", "2025-06-12.md", "2025-06-12.pdf"]
    assert all(path.is_file() and path.is_relative_to(briefer_home / "outbox") for path in delivery.files)
    [(_, message)] = plain_server.inbox.messages
    got = parts(message)
    assert message["Subject"] == SUBJECT
    assert "赤沢亮正" in got["text"] and "&lt;script&gt;" in got["html"]
    assert sorted(got["attachments"]) == ["2025-06-12.ics", "2025-06-12.pdf"]


def test_mail_brief_puts_files_beside_the_output_and_reuses_it(plain_server: Server, tmp_path: Path) -> None:
    written = tmp_path / "briefs" / "morning.md"
    written.parent.mkdir()
    written.write_text("# the brief as written by -o\n")
    delivery = mail_brief(
        hand_made_brief(), to=["ana@example.com"], settings=smtp_settings(plain_server), written=written
    )
    assert {path.name for path in delivery.files} == {"morning.md", "morning.html", "morning.pdf", "morning.ics"}
    assert written.read_text() == "# the brief as written by -o\n"  # not rendered twice
    [(_, message)] = plain_server.inbox.messages
    assert parts(message)["text"] == "# the brief as written by -o\n"


def test_mail_brief_failure_keeps_the_files_and_names_them(briefer_home: Path) -> None:
    settings = smtp_settings(Server(Inbox(), free_port()))
    with pytest.raises(DeliveryError) as failure:
        mail_brief(hand_made_brief(), to=["ana@example.com"], settings=settings)
    message = str(failure.value)
    assert "cannot connect to SMTP server" in message and "\n" not in message
    kept = sorted((briefer_home / "outbox").rglob("2025-06-12.*"))
    assert len(kept) == 4 and all(str(path) in message for path in kept)


def test_brief_email_to_builds_writes_and_mails_in_one_step(plain_server: Server, tmp_path: Path) -> None:
    out = tmp_path / "briefs" / "2025-06-12.md"
    args = ["brief", str(SEED), "--date", SEED_DATE.isoformat(), "-o", str(out), "--email-to", "ana@example.com"]
    result = invoke(args, plain_server.env("none"))
    assert result.exit_code == 0, result.output
    assert "mailed to ana@example.com" in result.output
    [(envelope, message)] = plain_server.inbox.messages
    assert envelope.rcpt_tos == ["ana@example.com"]
    assert message["Subject"].endswith("2025-06-12")
    got = parts(message)
    assert got["text"] == out.read_text(encoding="utf-8") and "Akazawa" in got["text"]
    assert got["html"] == out.with_suffix(".html").read_text(encoding="utf-8")
    assert got["attachments"]["2025-06-12.pdf"] == ("application/pdf", out.with_suffix(".pdf").read_bytes())
    assert "2025-06-12.ics" in got["attachments"]  # the seed has deadlines


def test_brief_email_to_failure_exits_1_and_keeps_the_files(tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    env = Server(Inbox(), free_port()).env("none")
    args = ["brief", str(SEED), "--date", SEED_DATE.isoformat(), "-o", str(out), "--email-to", "ana@example.com"]
    result = invoke(args, env)
    assert result.exit_code == 1
    assert "cannot connect to SMTP server" in result.output and "mailed" not in result.output
    for suffix in (".json", ".md", ".html", ".pdf"):
        assert out.with_suffix(suffix).is_file()
        if suffix != ".json":
            assert str(out.with_suffix(suffix)) in result.output


def test_brief_email_to_without_a_server_fails_before_building(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = invoke(["brief", str(SEED), "-o", str(out), "--email-to", "ana@example.com"], {})
    assert result.exit_code == 2 and "no SMTP server" in result.output
    assert not out.exists()
