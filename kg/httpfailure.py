"""Turning HTTP answers and transport errors from a store into one-line messages.

Shared by the loader and its count query: 401/403/404 and other 4xx become StoreError
with the server's own message (Virtuoso's is inside <xmp>); connection trouble,
timeouts and 5xx become `Retryable`, which the caller retries with backoff.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.endpoints import Endpoint, redact, refusal_hint, scrub_secrets
from kg.errors import StoreError

if TYPE_CHECKING:
    import httpx


class Retryable(Exception):
    """A failure worth another attempt: connection trouble, timeout or 5xx."""


def response_message(response: httpx.Response) -> str:
    """The server's own error text on one line (Virtuoso puts it in <xmp>, others in HTML)."""
    text = response.text
    found = re.search(r"<xmp>(.*?)</xmp>", text, re.S | re.I)
    if found:
        text = found.group(1)
    elif "<" in text and re.search(r"<(html|body|h1|p)\b", text, re.I):
        text = re.sub(r"<(head|style|script)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    text = scrub_secrets(" ".join(text.split()))
    return text[:300] + ("…" if len(text) > 300 else "")


def http_failure(response: httpx.Response, what: str, endpoint: Endpoint) -> Exception:
    status = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    message = response_message(response)
    detail = f"{status}: {message}" if message else status
    if response.status_code == 401:
        hint, sent = refusal_hint(endpoint.credentials), endpoint.credentials.scheme
        if endpoint.preset.auth == "digest" and sent not in ("none", "digest"):
            hint += f"; {endpoint.preset.name}'s Graph Store accepts only digest auth"
        return StoreError(f"{what}: authentication failed ({detail}); {hint}")
    if response.status_code == 403:
        return StoreError(f"{what}: permission denied ({detail})")
    if response.status_code == 404:
        return StoreError(
            f"{what}: {detail}; check --endpoint and --preset "
            f"(preset {endpoint.preset.name} expects e.g. {endpoint.preset.endpoint_example})"
        )
    if response.status_code == 413:
        return StoreError(f"{what}: {detail}; send smaller requests with --chunk-size")
    if response.status_code >= 500 and response.status_code not in (501, 505):
        return Retryable(f"{what}: {detail}")
    return StoreError(f"{what}: {detail}")


def transport_failure(error: Exception, what: str, url: str, timeout: float) -> Retryable:
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return Retryable(f"{what}: no answer from {redact(url)} within {timeout:g} s")
    if isinstance(error, httpx.ConnectError):
        reason = str(error) or "connection refused"
        return Retryable(
            f"{what}: cannot connect to {redact(url)} ({reason}); is the server running?"
        )
    reason = str(error) or type(error).__name__
    return Retryable(f"{what}: connection to {redact(url)} failed ({reason})")
