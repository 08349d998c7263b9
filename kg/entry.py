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
        sys.stdout.write(out)
        sys.stdout.flush()
    if err:
        sys.stderr.write(err)
    return code


SIGPIPE_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a program killed by it


def _reader_left() -> bool:
    """Whether standard output is a pipe or socket whose reader has gone (`| head -1`)."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError):
        return False


def standard_output_failed(error: OSError) -> None:
    """End quietly when `error` is standard output failing; return (to re-raise) otherwise.

    A reader that left (`kg stats | head -1`) is the Unix convention's quiet exit 141, as
    if killed by SIGPIPE; a full output is one line `cannot write standard output: …` and
    exit 2, like any output path the system refuses. Standard output is then pointed at
    /dev/null, so Python's last flush at exit cannot print "Exception ignored …" (the
    SIGPIPE note in Python's `signal` documentation). Called from this entry point and
    from kg.cli's group, because click would otherwise turn a closed pipe into exit 1.
    """
    import errno
    import os

    closed = error.errno == errno.EPIPE and _reader_left()
    # the output itself failed, not a file opened by name: a full disk or device
    # (`> /dev/full`), a quota, a file too large, an I/O error
    output_errors = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)
    full = error.errno in output_errors and error.filename is None
    if not (closed or full):
        return
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if closed:
        sys.exit(SIGPIPE_EXIT)
    sys.stderr.write(f"Error: cannot write standard output: {error.strerror}\n")
    sys.exit(2)


def run() -> None:
    """Console entry point: the fast lane for plain queries, click for the rest; a full
    or closed standard output ends as `standard_output_failed` says, without a traceback."""
    try:
        try:
            _dispatch(sys.argv[1:])
        finally:
            sys.stdout.flush()
    except OSError as error:
        standard_output_failed(error)
        raise


def _dispatch(args: list[str]) -> None:
    if args[:1] == ["query"]:
        from kg.queryargs import parse_query_args

        options = parse_query_args(args[1:])
        if options is not None:
            sys.exit(fast_query(options))
    from kg.cli import main

    main()
