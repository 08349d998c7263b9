"""The `kg` entry point, with a fast lane for plain `kg query` runs.

Importing click costs about as much as starting Python and importing pyoxigraph
together, so a `kg query` that only runs a query would spend most of its time
loading the CLI framework. This entry point recognises the common form of
`kg query` (a query, a saved name or -f FILE with the usual options, see
kg.queryargs) and runs it without click: first by handing it to the resident
in-memory copy of the store when one runs (kg.resident; this process then imports
neither pyoxigraph nor pathlib), else directly through `kg.query`. Anything else
(`--help`, `--list`, another command, an option it does not know, a bad value)
goes to the click CLI unchanged, which stays the single definition of the
interface. tests/test_query_fast.py checks both lanes print the same bytes and
exit codes.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # see kg.store: no typing import at start-up
if TYPE_CHECKING:
    from kg.queryargs import QueryArgs


def fast_query(args: QueryArgs) -> int:
    """Run `kg query` without click; mirrors kg.cli.query and KgGroup's error handling."""
    try:
        if args.resident and not args.endpoint and not args.data:
            from kg import resident

            reply = resident.run_remote(args)
            if reply is not None:
                return _print(*reply)
        from kg import query as queries

        return _print(*queries.execute(args))
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted\n")
        return 130


def _print(out: str, err: str, code: int) -> int:
    if out:
        try:
            sys.stdout.write(out)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader left (`kg query … | head -1`): no traceback
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141  # as a program killed by SIGPIPE
    if err:
        sys.stderr.write(err)
    return code


def run() -> None:
    """Console entry point: the fast lane for plain queries, click for the rest."""
    args = sys.argv[1:]
    if args[:1] == ["query"]:
        from kg.queryargs import parse_query_args

        options = parse_query_args(args[1:])
        if options is not None:
            sys.exit(fast_query(options))
    from kg.cli import main

    main()
