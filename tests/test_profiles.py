"""briefer.toml as a user writes it: found where documented, wrong keys named, windows parsed."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer.cli import cli
from briefer.errors import ConfigError
from briefer.profiles import EXAMPLE_CONFIG, config_path, load_config, parse_config, parse_duration


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", dt.timedelta(hours=24)),
        ("2d", dt.timedelta(days=2)),
        ("90m", dt.timedelta(minutes=90)),
        ("1w", dt.timedelta(weeks=1)),
        ("1d12h", dt.timedelta(days=1, hours=12)),
        (" 36H ", dt.timedelta(hours=36)),
    ],
)
def test_window_durations(text: str, expected: dt.timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "24", "h", "24x", "0h", "yesterday", "24h ago", "-1d"])
def test_window_nonsense_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_example_config_is_valid_and_describes_a_morning_profile() -> None:
    config = parse_config(tomllib.loads(EXAMPLE_CONFIG))
    morning = config.profile("morning")
    assert morning.window == dt.timedelta(hours=24)
    assert morning.sources[0].startswith("https://")
    assert set(morning.formats) <= {"md", "html", "pdf", "json", "ics"}
    # every key a user can set is shown in the example, at least commented out
    for key in ("sources", "include", "exclude", "window", "engine", "model", "base_url", "formats", "output_dir", "email_to"):
        assert key in EXAMPLE_CONFIG


def test_profile_values_are_typed(tmp_path: Path) -> None:
    config = parse_config(
        tomllib.loads(
            """
            model = "top-level-model"
            [profiles.evening]
            sources = "~/clippings"
            email_to = "me@example.com"
            window = "2d"
            engine = "extractive"
            formats = ["md", "json", "md"]
            """
        )
    )
    evening = config.profile("evening")
    assert evening.sources == ["~/clippings"]
    assert evening.email_to == ["me@example.com"]
    assert evening.formats == ["md", "json"]
    assert evening.setting_values() == {"engine": "extractive"}
    assert config.settings == {"model": "top-level-model"}


def test_output_folder_defaults_under_briefer_home(briefer_home: Path) -> None:
    config = parse_config({"profiles": {"morning": {"sources": ["a.txt"]}}})
    assert config.profile("morning").output_folder() == briefer_home / "briefs" / "morning"
    custom = parse_config({"profiles": {"m": {"sources": ["a.txt"], "output_dir": "~/briefs"}}})
    assert custom.profile("m").output_folder() == Path.home() / "briefs"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[profiles.m]\nsources = ["a"]\nwindw = "24h"', "profiles.m.windw: unknown key"),
        ('[profiles.m]\nsources = ["a"]\nwindow = "24x"', "profiles.m.window: '24x' is not a duration"),
        ('[profiles.m]\nsources = ["a"]\nwindow = 24', "profiles.m.window: expected a duration string"),
        ('[profiles.m]\nsources = []', "profiles.m.sources"),
        ('[profiles.m]\nsources = ["a"]\nformats = ["docx"]', "profiles.m.formats.0"),
        ('[profiles.m]\nsources = ["a"]\nengine = "gpt"', "profiles.m.engine"),
        ('[profiles.m]\nsources = ["a"]\nemail_to = ["not an address"]', "'not an address' is not an email address"),
        ('[profiles."my profile"]\nsources = ["a"]', "may hold only letters, digits"),
        ('engnie = "openai"\n[profiles.m]\nsources = ["a"]', "engnie: unknown key"),
        ('profiles = "morning"', "'profiles' must be a table"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "briefer.toml", toml)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_config_found_by_flag_then_env_then_home(tmp_path: Path, briefer_home: Path) -> None:
    flag = write(tmp_path / "flag.toml", "")
    env_file = write(tmp_path / "env.toml", "")
    assert config_path(None, {"BRIEFER_HOME": str(briefer_home)}) is None
    home_file = write(briefer_home / "briefer.toml", "")
    assert config_path(None, {"BRIEFER_HOME": str(briefer_home)}) == home_file
    assert config_path(None, {"BRIEFER_HOME": str(briefer_home), "BRIEFER_CONFIG": str(env_file)}) == env_file
    assert config_path(flag, {"BRIEFER_HOME": str(briefer_home), "BRIEFER_CONFIG": str(env_file)}) == flag


def test_missing_config_says_how_to_make_one() -> None:
    with pytest.raises(ConfigError, match="briefer init"):
        load_config()


def test_unknown_profile_lists_the_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path / "c.toml", '[profiles.morning]\nsources = ["a"]\n[profiles.evening]\nsources = ["b"]\n')
    with pytest.raises(ConfigError, match=r"no profile 'noon'.*evening, morning"):
        load_config(path).profile("noon")


def test_init_writes_the_example_where_run_will_look(briefer_home: Path) -> None:
    result = CliRunner().invoke(cli, ["init"])
    assert result.exit_code == 0, result.output
    written = briefer_home / "briefer.toml"
    assert written.read_text(encoding="utf-8") == EXAMPLE_CONFIG
    assert load_config().profile("morning").name == "morning"


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    target = write(tmp_path / "mine.toml", "# my careful config\n")
    refused = CliRunner().invoke(cli, ["init", "--config", str(target)])
    assert refused.exit_code == 2
    assert "already exists" in refused.output
    assert target.read_text() == "# my careful config\n"
    forced = CliRunner().invoke(cli, ["init", "--config", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert target.read_text() == EXAMPLE_CONFIG


def test_run_with_a_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path / "c.toml", '[profiles.morning]\nsources = ["a"]\nwindow = "yesterday"\n')
    result = CliRunner().invoke(cli, ["run", "morning", "--config", str(path)])
    assert result.exit_code == 2
    assert "profiles.morning.window" in result.output
    assert "Traceback" not in result.output


def test_brief_words_a_config_typo_as_run_does(tmp_path: Path) -> None:
    path = write(tmp_path / "c.toml", 'modle = "gpt-4o-mini"\n')
    article = write(tmp_path / "a.txt", "Officials said talks would resume on Friday in Geneva.\n")
    result = CliRunner().invoke(cli, ["brief", str(article), "--config", str(path), "--date", "2025-06-12"])
    assert result.exit_code == 2
    assert "modle: unknown key" in result.output
    assert "Traceback" not in result.output
