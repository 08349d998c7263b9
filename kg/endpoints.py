"""Where each triple store keeps its Graph Store and SPARQL endpoints, and how it wants auth.

Stores agree on the SPARQL 1.1 Graph Store HTTP Protocol but not on URLs: a preset turns
one base URL (`--endpoint`) into the GSP URL and the query URL, and records each store's
quirks (Virtuoso has no GSP default graph and writes only with digest auth).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

from kg.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Generator

    import httpx

AuthScheme = Literal["none", "basic", "digest", "bearer"]
AUTH_SCHEMES: tuple[str, ...] = ("auto", "none", "basic", "digest", "bearer")

ENV_USER = "KG_ENDPOINT_USER"
ENV_PASSWORD = "KG_ENDPOINT_PASSWORD"
ENV_TOKEN = "KG_ENDPOINT_TOKEN"


@dataclass(frozen=True)
class Preset:
    """URL pattern and quirks of one kind of store; paths are appended to --endpoint."""

    name: str
    endpoint_example: str
    gsp_path: str
    query_path: str
    auth: AuthScheme = "basic"
    default_graph: bool = True
    # IRI naming the stored default graph in a query (GraphDB's default graph in queries
    # is the union of all graphs; sesame:nil is the real one). None: plain default graph.
    default_graph_query_iri: str | None = None
    # Query parameters that switch the store's Graph Store to its bulk (non-transactional)
    # loader; sent unless `kg load --atomic`. Reruns still converge: the PUT replaces.
    bulk_params: tuple[tuple[str, str], ...] = ()


PRESETS: dict[str, Preset] = {
    "oxigraph": Preset(
        "oxigraph",
        "http://127.0.0.1:7878",
        "/store",
        "/query",
        bulk_params=(("no_transaction", ""),),
    ),
    "fuseki": Preset("fuseki", "http://127.0.0.1:3030/DATASET", "/data", "/sparql"),
    "graphdb": Preset(
        "graphdb",
        "http://127.0.0.1:7200/repositories/REPO",
        "/rdf-graphs/service",
        "",
        default_graph_query_iri="http://www.openrdf.org/schema/sesame#nil",
    ),
    "virtuoso": Preset(
        "virtuoso",
        "http://127.0.0.1:8890",
        "/sparql-graph-crud-auth",
        "/sparql",
        auth="digest",
        default_graph=False,
    ),
}


@dataclass(frozen=True)
class Credentials:
    """Secrets read from the environment; `repr` never shows them."""

    scheme: AuthScheme
    user: str = ""
    password: str = ""
    token: str = ""

    def __repr__(self) -> str:
        return f"Credentials(scheme={self.scheme!r})"

    def describe(self) -> str:
        """What will be used, without any secret (safe to print)."""
        if self.scheme == "none":
            return "no authentication"
        if self.scheme == "bearer":
            return f"bearer token from {ENV_TOKEN}"
        return f"{self.scheme} auth from {ENV_USER}/{ENV_PASSWORD}"


@dataclass(frozen=True)
class Endpoint:
    """A resolved store: the GSP URL, the SPARQL query URL, auth and quirks."""

    preset: Preset
    gsp_url: str
    query_url: str
    credentials: Credentials

    @property
    def default_graph(self) -> bool:
        return self.preset.default_graph


# "Authorization: Basic dXNlcjpwYXNz", "Bearer eyJ…": a credential whatever it is
AUTH_VALUE = re.compile(r"\b(Basic|Bearer|Digest)\s+[^\s,;\"']+", re.IGNORECASE)


def scrub_secrets(text: str) -> str:
    """A server's text with this run's credentials taken out: a server may echo the
    Authorization header, or the password, back in its error page."""
    import base64

    user = os.environ.get(ENV_USER, "")
    password = os.environ.get(ENV_PASSWORD, "")
    token = os.environ.get(ENV_TOKEN, "")
    secrets = [password, token]
    if user and password:
        secrets.append(base64.b64encode(f"{user}:{password}".encode()).decode())
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, "…")
    return AUTH_VALUE.sub(r"\1 …", text)


def redact(url: str) -> str:
    """`url` without any user:password@ part, for messages (URLs are checked by
    `check_url` first; one that cannot even be split is shown as its scheme alone)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return f"{url.split('://', 1)[0]}://…" if "://" in url else "…"
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=host))


def http_auth(credentials: Credentials) -> httpx.Auth | None:
    """The httpx auth for these credentials (None for none); its repr never shows a
    secret, so neither can a log or an error message that prints the client."""
    import httpx

    if credentials.scheme == "basic":
        return httpx.BasicAuth(credentials.user, credentials.password)
    if credentials.scheme == "digest":
        return httpx.DigestAuth(credentials.user, credentials.password)
    if credentials.scheme == "bearer":
        return _bearer(credentials.token)
    return None


def _bearer(token: str) -> httpx.Auth:
    """An httpx auth adding `Authorization: Bearer …`; its repr hides the token."""
    import httpx

    class BearerAuth(httpx.Auth):
        def __repr__(self) -> str:
            return "BearerAuth(<hidden>)"

        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    return BearerAuth()


def _join(base: str, path: str) -> str:
    return base.rstrip("/") + path if path else base.rstrip("/")


def check_url(url: str, option: str) -> str:
    """`url` when it is an http(s) URL with a host, a numeric port and no credentials.

    Messages name the option and never repeat the URL: a malformed URL cannot be
    split reliably into its parts, so a password typed into it could leak.
    """
    import httpx

    expected = f"{option}: expected an http(s) URL such as http://127.0.0.1:7878"
    if any(char.isspace() or not char.isprintable() for char in url):
        raise UsageError(f"{expected} (it holds a space or a control character)")
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number raises here
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        raise UsageError(f"{expected} (it cannot be parsed: check the host and port)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(expected)
    # user:password@ (a path may hold '@', "/repositories/@v1", but not its first segment,
    # where a password with a '/' in it leaves the rest: "http://u:7878/s3cret@host")
    if "@" in parts.netloc or "@" in parts.path.lstrip("/").split("/", 1)[0]:
        raise UsageError(
            f"{option}: put credentials in {ENV_USER}/{ENV_PASSWORD} or {ENV_TOKEN}, not in the URL"
        )
    return url


def credentials_from_env(scheme: str, preset: Preset) -> Credentials:
    """Credentials for `scheme` ('auto' picks bearer, then the preset's scheme if a user is set)."""
    user = os.environ.get(ENV_USER, "")
    password = os.environ.get(ENV_PASSWORD, "")
    token = os.environ.get(ENV_TOKEN, "")
    if scheme == "auto":
        if token:
            scheme = "bearer"
        elif user:
            scheme = preset.auth
        else:
            scheme = "none"
    if scheme in ("basic", "digest") and not user:
        raise UsageError(f"--auth {scheme}: set {ENV_USER} and {ENV_PASSWORD}")
    if scheme == "bearer" and not token:
        raise UsageError(f"--auth bearer: set {ENV_TOKEN}")
    if scheme not in ("none", "basic", "digest", "bearer"):
        raise UsageError(f"--auth: expected one of {', '.join(AUTH_SCHEMES)}, got {scheme!r}")
    return Credentials(scheme, user, password, token)  # type: ignore[arg-type]


def refusal_hint(credentials: Credentials) -> str:
    """What to do after a 401, from what this run sent: the variables by name, never a
    value (a 401 with credentials set means they were refused, not that they are missing)."""
    if credentials.scheme != "none":
        return (
            f"the credentials given ({credentials.describe()}) were refused; check them and --auth"
        )
    present = [name for name in (ENV_USER, ENV_PASSWORD, ENV_TOKEN) if os.environ.get(name)]
    if not present:
        return f"set {ENV_USER} and {ENV_PASSWORD} (or {ENV_TOKEN})"
    if os.environ.get(ENV_USER) or os.environ.get(ENV_TOKEN):
        verb = "is" if len(present) == 1 else "are"
        return f"no credentials were sent (--auth none) although {' and '.join(present)} {verb} set"
    return f"no credentials were sent: {ENV_PASSWORD} is set but {ENV_USER} is not"


def resolve_endpoint(
    endpoint: str,
    preset: str = "oxigraph",
    *,
    gsp_path: str | None = None,
    query_path: str | None = None,
    auth: str = "auto",
) -> Endpoint:
    """Turn `--endpoint` plus a preset and overrides into concrete URLs and credentials."""
    if preset not in PRESETS:
        raise UsageError(f"--preset: expected one of {', '.join(PRESETS)}, got {preset!r}")
    chosen = PRESETS[preset]
    if gsp_path is not None:
        chosen = replace(chosen, gsp_path=gsp_path)
    if query_path is not None:
        chosen = replace(chosen, query_path=query_path)
    base = check_url(endpoint, "--endpoint")
    for option, path in (("--gsp-path", chosen.gsp_path), ("--query-path", chosen.query_path)):
        if path and not path.startswith("/"):
            raise UsageError(f"{option}: expected a path starting with '/', got {path!r}")
    gsp, query = _join(base, chosen.gsp_path), _join(base, chosen.query_path)
    return Endpoint(chosen, gsp, query, credentials_from_env(auth, chosen))
