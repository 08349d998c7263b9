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
}
_FLAGS = {
    "--union": ("union", True),
    "--no-union": ("union", False),
    "--labels": ("labels", True),
    "--no-labels": ("labels", False),
}
_MULTIPLE = {"params", "data"}
_FORMATS = ("table", "csv", "tsv", "json", "markdown")


def parse_query_args(args: list[str]) -> dict[str, object] | None:
    """Options of a plain `kg query …` run, or None when click should handle it."""
    options: dict[str, object] = {"params": [], "data": [], "fmt": "table"}
    positional: list[str] = []
    index = 0
    while index < len(args):
        token = args[index]
        index += 1
        if token == "--":
            positional += args[index:]
            break
        if token.startswith("-") and len(token) > 1:
            name, sep, value = token.partition("=")
            if name in _FLAGS and not sep:
                key, flag = _FLAGS[name]
                options[key] = flag
                continue
            if name not in _VALUED:
                return None
            if not sep:
                if index >= len(args):
                    return None
                value = args[index]
                index += 1
            key = _VALUED[name]
            if key in _MULTIPLE:
                options[key].append(value)  # type: ignore[attr-defined]
            elif key in options and key != "fmt":
                options[key] = value  # click keeps the last value too
            else:
                options[key] = value
            continue
        positional.append(token)
    if len(positional) > 1 or options["fmt"] not in _FORMATS:
        return None
    options["query"] = positional[0] if positional else None
    return options


def fast_query(options: dict[str, object]) -> int:
    """Run `kg query` without click; mirrors kg.cli.query and KgGroup's error handling."""
    from kg.errors import KgError

    try:
        timeout = float(options.get("timeout", 60.0))  # type: ignore[arg-type]
    except ValueError:
        return -1
    try:
        from kg import query as queries

        fmt = str(options["fmt"])
        answer = queries.run_query(
            options["query"],  # type: ignore[arg-type]
            file=Path(str(options["file"])) if "file" in options else None,
            queries_dir=Path(str(options["queries_dir"])) if "queries_dir" in options else None,
            params=list(options["params"]),  # type: ignore[call-overload]
            store_path=Path(str(options["store_path"])) if "store_path" in options else None,
            data=[Path(str(path)) for path in options["data"]],  # type: ignore[attr-defined]
            endpoint=str(options["endpoint"]) if "endpoint" in options else None,
            union=bool(options.get("union", True)),
            with_labels=bool(options.get("labels", True)) and fmt in ("table", "markdown"),
            timeout=timeout,
        )
        text = queries.render(answer.result, fmt, labels=answer.labels, prefixes=answer.prefixes)
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
            code = fast_query(options)
            if code >= 0:
                sys.exit(code)
    from kg.cli import main

    main()
