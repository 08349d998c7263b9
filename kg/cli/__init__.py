"""The `kg` command: parses arguments and calls the library, nothing else.

Each command lives in its own small module here and only calls `kg.*`.
Library errors (`KgError`) become one `Error: …` line and the error's exit code:
0 ok, 1 invalid data, 2 usage or configuration, 3 store or endpoint failure.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from kg.errors import KgError

EXIT_CODES_HELP = (
    "Exit codes: 0 ok, 1 invalid data, 2 usage or configuration, 3 store or endpoint failure."
)


def usage_line(error: click.UsageError) -> NoReturn:
    """A bad option or argument as one `Error: …` line and exit 2, like a library
    UsageError: click's own report adds a usage line and a `--help` hint around it."""
    click.echo(f"Error: {error.format_message()}", err=True)
    sys.exit(error.exit_code)


def _closed_pipe(error: BrokenPipeError) -> None:
    """Hands a closed standard output to the entry point's one handler (quiet exit 141)
    before click turns it into exit 1; returns when the pipe was another one."""
    from kg.entry import standard_output_failed

    standard_output_failed(error)


class KgGroup(click.Group):
    """A click group that turns library errors and click's usage errors into one line
    and an exit code."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """Parses `kg`'s own options (`kg --bogus`)."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise  # plain `kg`: the help page
        except click.UsageError as error:
            usage_line(error)
        except BrokenPipeError as error:  # `kg --help | head -1`
            _closed_pipe(error)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        """Runs the command; its arguments are parsed here too (`kg path --limit 0`)."""
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            usage_line(error)
        except BrokenPipeError as error:  # `kg stats | head -1`
            _closed_pipe(error)
            raise
        except KgError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)


@click.group(cls=KgGroup, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="soc-kg")
def main() -> None:
    """soc-kg: build, query, explore and publish a knowledge graph of UK serious
    and organised crime policing from police press releases.

    \b
    Example:
      kg build && kg query cq07-arrests-2019
    """


def _register() -> None:
    from kg.cli import build as build_cmd
    from kg.cli import export as export_cmd
    from kg.cli import extract as extract_cmd
    from kg.cli import load as load_cmd
    from kg.cli import query as query_cmd
    from kg.cli import serve as serve_cmd
    from kg.cli import viz as viz_cmd

    for module in (build_cmd, viz_cmd, export_cmd, extract_cmd, load_cmd, query_cmd, serve_cmd):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
