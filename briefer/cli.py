"""The command line: parse, call the pipeline, write the output. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import IO, Any, TypeVar, get_args

import click

from . import __version__
from .config import EngineName, Settings, SmtpSecurity, StructuredOutputMode
from .errors import BrieferError, UsageError
from .models import Brief
from .output import write_atomic
from .render import FORMATS

ENGINES = get_args(EngineName)
MODES = get_args(StructuredOutputMode)

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int) -> None:
    click.echo(f"briefer: error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: F) -> F:
    """Expected errors become one line on stderr and an exit status; bugs keep their traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrieferError as exc:
            _fail(exc.one_line(), exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted", 130)

    return wrapper  # type: ignore[return-value]


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, stream=sys.stderr, format="briefer: %(message)s", force=True)


def infer_format(fmt: str | None, output: Path | None) -> str:
    if fmt:
        return fmt
    if output is not None:
        suffix = output.suffix.lower().lstrip(".")
        aliases = {"markdown": "md", "htm": "html", "ical": "ics"}
        suffix = aliases.get(suffix, suffix)
        if suffix in FORMATS:
            return suffix
    return "md"


def emit(brief: Brief, fmt: str, output: Path | None) -> Path | None:
    """Render `brief` and write it to `output` (atomically) or stdout."""
    from .render import render

    data = render(brief, fmt)
    if output is None:
        if fmt == "pdf":
            raise UsageError("PDF output needs -o/--output PATH")
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    return write_atomic(output, data)


def engine_options(func: F) -> F:
    """The options shared by every command that builds a brief."""
    options = [
        click.option("--engine", type=click.Choice(ENGINES), default=None, help="extraction engine [default: auto]"),
        click.option("--model", default=None, help="model name (env BRIEFER_MODEL)"),
        click.option("--base-url", default=None, help="OpenAI-compatible server URL (env OPENAI_BASE_URL)"),
        click.option(
            "--structured-output",
            type=click.Choice(MODES),
            default=None,
            help="how the openai engine asks for structured output (env BRIEFER_STRUCTURED_OUTPUT)",
        ),
        click.option("--timeout", type=float, default=None, help="seconds per LLM request"),
        click.option("--concurrency", type=click.IntRange(1, 64), default=None, help="LLM calls in flight"),
        click.option("--temperature", type=click.FloatRange(0, 2), default=None),
        click.option("--max-prompt-tokens", type=click.IntRange(1), default=None, help="refuse runs estimated above this"),
        click.option("--no-cache", is_flag=True, default=False, help="do not read or write the LLM response cache"),
        click.option(
            "--allow-unverified-quotes",
            is_flag=True,
            default=False,
            help="keep quotes not found verbatim, marked verified=false",
        ),
        click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None),
        click.option("-v", "--verbose", count=True, help="more log lines on stderr"),
        click.option("-q", "--quiet", is_flag=True, help="only errors on stderr"),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def settings_from_flags(
    flags: dict[str, Any], config_path: Path | None, file_values: dict[str, Any] | None = None
) -> Settings:
    """Flags over environment over `file_values` (default: the config file's top level)."""
    from .profiles import load_settings_values

    values = {
        "engine": flags.get("engine"),
        "model": flags.get("model"),
        "base_url": flags.get("base_url"),
        "structured_output": flags.get("structured_output"),
        "timeout": flags.get("timeout"),
        "concurrency": flags.get("concurrency"),
        "temperature": flags.get("temperature"),
        "max_prompt_tokens": flags.get("max_prompt_tokens"),
        "cache": False if flags.get("no_cache") else None,
        "allow_unverified_quotes": True if flags.get("allow_unverified_quotes") else None,
    }
    if file_values is None:
        file_values = load_settings_values(config_path)
    return Settings.resolve(values, os.environ, file_values)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefer")
def cli() -> None:
    """briefer: turn a day's news into a structured, verified brief."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="output format [default: md or from -o]")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--date", "ref_date", callback=_parse_date, help="reference date YYYY-MM-DD [default: today]")
@click.option("--title", default=None, help="title of the brief")
@click.option("--email-to", multiple=True, help="also mail the brief to this address (repeatable)")
@engine_options
@handle_errors
def brief(
    inputs: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
    ref_date: dt.date | None,
    title: str | None,
    email_to: tuple[str, ...],
    config_path: Path | None,
    verbose: int,
    quiet: bool,
    **flags: Any,
) -> None:
    """Build a brief from files, folders, URLs, feeds or '-' (stdin)."""
    from .pipeline import build_brief

    _setup_logging(verbose, quiet)
    if not inputs:
        raise UsageError("no input given: name files, folders, URLs or '-' for stdin")
    fmt = infer_format(fmt, output)
    settings = settings_from_flags(flags, config_path)
    if email_to:
        from .deliver import check_can_mail

        check_can_mail(email_to, settings.smtp)
    result = build_brief(inputs, reference_date=ref_date, settings=settings, stdin=sys.stdin.buffer, title=title)
    for skipped in result.meta.skipped:
        logging.getLogger("briefer").warning("skipped %s: %s", skipped.input, skipped.reason)
    written = emit(result, fmt, output)
    if email_to:
        from .deliver import mail_brief

        delivery = mail_brief(result, to=list(email_to), settings=settings, written=written)
        if not quiet:
            click.echo(f"briefer: mailed to {', '.join(delivery.recipients)}: {_names(delivery.files)}", err=True)


@cli.command()
@click.argument("profile_name", metavar="PROFILE")
@click.option("--date", "ref_date", callback=_parse_date, help="reference date YYYY-MM-DD [default: today]")
@click.option("--since", default=None, help="override the profile's window: a duration (48h, 2d) or a date")
@click.option("--dry-run", is_flag=True, help="build and print the brief; write no file or state, send nothing")
@engine_options
@handle_errors
def run(
    profile_name: str,
    ref_date: dt.date | None,
    since: str | None,
    dry_run: bool,
    config_path: Path | None,
    verbose: int,
    quiet: bool,
    **flags: Any,
) -> None:
    """Run a profile of the config file: new articles only, written by date, mailed."""
    from .profiles import load_config
    from .progress import make_progress
    from .runner import run_profile

    _setup_logging(verbose, quiet)
    config = load_config(config_path)
    profile = config.profile(profile_name)
    settings = settings_from_flags(flags, config_path, {**config.settings, **profile.setting_values()})
    outcome = run_profile(
        profile, settings=settings, reference_date=ref_date, since=since, dry_run=dry_run, progress=make_progress(quiet=quiet)
    )
    if dry_run and outcome.brief is not None:
        from .render import render

        sys.stdout.buffer.write(outcome.rendered.get("md") or render(outcome.brief, "md"))
        sys.stdout.buffer.flush()
    if outcome.brief is None or dry_run:
        if not quiet:
            click.echo(f"briefer: {outcome.message}", err=True)
    else:
        logging.getLogger("briefer").info("%s", outcome.message)


@cli.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--force", is_flag=True, help="overwrite an existing config file")
@handle_errors
def init(config_path: Path | None, force: bool) -> None:
    """Write a commented example briefer.toml (at --config, $BRIEFER_CONFIG or $BRIEFER_HOME)."""
    from .profiles import config_path as find_config
    from .profiles import default_config_path, write_example

    written = write_example(find_config(config_path) or default_config_path(), force=force)
    click.echo(f"briefer: wrote {written}; edit its [profiles.morning], then `briefer run morning`", err=True)


def _names(paths: list[Path]) -> str:
    return ", ".join(str(path) for path in paths)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "to", multiple=True, required=True, help="recipient (repeatable)")
@click.option("--cc", multiple=True, help="copy to (repeatable)")
@click.option("--from", "sender", default=None, help="sender address (env BRIEFER_SMTP_FROM)")
@click.option("--subject", default=None, help="[default: the brief's title and date]")
@click.option("--dry-run", is_flag=True, help="write the message as an .eml file instead of sending it")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="where --dry-run writes the .eml [default: beside the first file]",
)
@click.option("--smtp-host", default=None, help="SMTP server (env BRIEFER_SMTP_HOST)")
@click.option("--smtp-port", type=click.IntRange(1, 65535), default=None, help="(env BRIEFER_SMTP_PORT) [default: 587, 465 for tls]")
@click.option("--smtp-user", default=None, help="login name (env BRIEFER_SMTP_USER)")
@click.option(
    "--smtp-password-file", type=click.File("r", encoding="utf-8"), default=None,
    help="read the password from this file, '-' for stdin (or env BRIEFER_SMTP_PASSWORD; never a flag value)",
)
@click.option("--smtp-security", type=click.Choice(get_args(SmtpSecurity)), default=None, help="[default: starttls]")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("-v", "--verbose", count=True, help="more log lines on stderr")
@click.option("-q", "--quiet", is_flag=True, help="only errors on stderr")
@handle_errors
def send(
    files: tuple[Path, ...],
    to: tuple[str, ...],
    cc: tuple[str, ...],
    sender: str | None,
    subject: str | None,
    dry_run: bool,
    output: Path | None,
    smtp_password_file: IO[str] | None,
    config_path: Path | None,
    verbose: int,
    quiet: bool,
    **smtp_flags: Any,
) -> None:
    """Mail rendered files: the .md as text, the .html as its alternative, .pdf/.ics attached."""
    from .deliver import send_files
    from .profiles import load_settings_values

    _setup_logging(verbose, quiet)
    flags = {**smtp_flags, "smtp_from_addr": sender}
    if smtp_password_file is not None:
        flags["smtp_password"] = smtp_password_file.read().rstrip("\r\n")
    settings = Settings.resolve(flags, os.environ, load_settings_values(config_path))
    delivery = send_files(list(files), to=to, cc=cc, subject=subject, settings=settings, dry_run=dry_run, eml_path=output)
    if quiet:
        return
    if delivery.eml is not None:
        click.echo(f"briefer: dry run, nothing sent; wrote {delivery.eml}", err=True)
    else:
        click.echo(f"briefer: sent {delivery.subject!r} to {', '.join(delivery.recipients)}", err=True)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the brief."""
    click.echo(json.dumps(Brief.model_json_schema(), indent=2))


def main(argv: list[str] | None = None) -> None:
    """Entry point: click's usage errors become one line on stderr and exit status 2."""
    try:
        cli.main(args=argv, prog_name="briefer", standalone_mode=False)
    except click.UsageError as exc:
        if isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())):
            click.echo(exc.format_message(), err=True)  # bare `briefer`: the help, as click shows it
            sys.exit(2)
        _fail(exc.format_message(), 2)
    except click.Abort:
        _fail("aborted", 1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
