"""The options of a plain `kg query` run, parsed without click.

Shared by the entry point's fast lane (kg.entry), the resident copy's client
(kg.resident), which sends them to the copy, and kg.query, which runs them.
Imports nothing, so `kg query` can start without paying for it.
"""

from __future__ import annotations

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
    "--resident": ("resident", True),
    "--no-resident": ("resident", False),
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
        "resident",
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
        resident: bool = True,
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
        self.resident = resident


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
    if not 0.1 <= timeout <= 86_400:  # NaN too: click's SECONDS says what is wrong
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
        resident=flags.get("resident", True),
    )
