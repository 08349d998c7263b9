"""The `kg` entry point, with a fast lane for plain `kg query` runs.

Importing click costs about as much as starting Python and importing pyoxigraph
together, so a `kg query` that only runs a query would spend most of its time
loading the CLI framework. This entry point recognises the common form of
`kg query` (a query, a saved name or -f FILE with the usual options) and runs it
directly through `kg.query`; anything else (`--help`, `--list`, another command,
an option it does not know, a bad value) goes to the click CLI unchanged, which
stays the single definition of the interface. tests/test_query_fast.py checks
both lanes print the same bytes and exit codes.
"""

from __future__ import annotations

import sys
from pathlib import Path

_VALUED = {
    "-f": "file",
    "--file": "file",
    "-o": "fmt",
    "--format": "fmt",
    "-p": "params",
    "--param": "params",
    "--store": "store_path",
    "--data": "data",
    "--endpoint": "endpoint",
    "--queries": "queries_dir",
    "--timeout": "timeout",
    "--auth": "auth",
}
_FLAGS = {
    "--union": ("union", True),
    "--no-union": ("union", False),
    "--labels": ("labels", True),
    "--no-labels": ("labels", False),
}
_MULTIPLE = ("params", "data")
_FORMATS = ("table", "csv", "tsv", "json", "markdown")
_AUTH = ("auto", "none", "basic", "digest", "bearer")


class QueryArgs:
    """The options of a plain `kg query` run, as kg.cli.query would receive them.

    A plain class: typing.NamedTuple would import typing, a tenth of the start-up budget.
    """

    __slots__ = (
        "auth",
        "data",
        "endpoint",
        "file",
        "fmt",
        "labels",
        "params",
        "queries_dir",
        "query",
        "store_path",
        "timeout",
        "union",
    )

    def __init__(
        self,
        query: str | None,
        *,
        fmt: str = "table",
        file: str | None = None,
        params: tuple[str, ...] = (),
        store_path: str | None = None,
        data: tuple[str, ...] = (),
        endpoint: str | None = None,
        queries_dir: str | None = None,
        timeout: float = 60.0,
        auth: str = "auto",
        union: bool = True,
        labels: bool = True,
    ) -> None:
        self.query = query
        self.fmt = fmt
        self.file = file
        self.params = params
        self.store_path = store_path
        self.data = data
        self.endpoint = endpoint
        self.queries_dir = queries_dir
        self.timeout = timeout
        self.auth = auth
        self.union = union
        self.labels = labels


def parse_query_args(args: list[str]) -> QueryArgs | None:
    """The options of a plain `kg query …` run, or None when click should handle it."""
    single: dict[str, str] = {}
    multiple: dict[str, list[str]] = {key: [] for key in _MULTIPLE}
    flags: dict[str, bool] = {}
    positional: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if token == "--":
            positional += args[index:]
            break
        if not token.startswith("-") or len(token) == 1:
            positional.append(token)
            continue
        name, sep, value = token.partition("=")
        if name in _FLAGS and not sep:
            key, flag = _FLAGS[name]
            flags[key] = flag
            continue
        if name not in _VALUED:
            return None
        if not sep:
            if index >= len(args):
                return None
            value = args[index]
            index += 1
        key = _VALUED[name]
        if key in multiple:
            multiple[key].append(value)
        else:
            single[key] = value  # the last one wins, as in click
    fmt = single.pop("fmt", "table")
    auth = single.pop("auth", "auto")
    try:
        timeout = float(single.pop("timeout", "60"))
    except ValueError:
        return None
    if len(positional) > 1 or fmt not in _FORMATS or auth not in _AUTH:
        return None
    return QueryArgs(
        query=positional[0] if positional else None,
        fmt=fmt,
        params=tuple(multiple["params"]),
        data=tuple(multiple["data"]),
        timeout=timeout,
        auth=auth,
        file=single.get("file"),
        store_path=single.get("store_path"),
        endpoint=single.get("endpoint"),
        queries_dir=single.get("queries_dir"),
        union=flags.get("union", True),
        labels=flags.get("labels", True),
    )


def fast_query(args: QueryArgs) -> int:
    """Run `kg query` without click; mirrors kg.cli.query and KgGroup's error handling."""
    from kg import query as queries
    from kg.errors import KgError

    def path(value: str | None) -> Path | None:
        return Path(value) if value is not None else None

    try:
        answer = queries.run_query(
            args.query,
            file=path(args.file),
            queries_dir=path(args.queries_dir),
            params=args.params,
            store_path=path(args.store_path),
            data=[Path(value) for value in args.data],
            endpoint=args.endpoint,
            union=args.union,
            with_labels=args.labels and args.fmt in ("table", "markdown"),
            timeout=args.timeout,
            auth=args.auth,
        )
        text = queries.render(
            answer.result, args.fmt, labels=answer.labels, prefixes=answer.prefixes
        )
    except KgError as error:
        sys.stderr.write(f"Error: {error}\n")
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted\n")
        return 130
    sys.stdout.write(text)
    sys.stdout.flush()
    return 1 if isinstance(answer.result, queries.AskResult) and not answer.result.value else 0


def run() -> None:
    """Console entry point: the fast lane for plain queries, click for the rest."""
    args = sys.argv[1:]
    if args[:1] == ["query"]:
        options = parse_query_args(args[1:])
        if options is not None:
            sys.exit(fast_query(options))
    from kg.cli import main

    main()
