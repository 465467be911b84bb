"""Fetching a document over HTTP(S): a timeout, a size cap, and an error that says what
went wrong for every failure (DNS, TLS, refused, HTTP status, type, size)."""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from desertcheck import __version__

TIMEOUT = 20.0  # seconds for the connection and for each read
MAX_BYTES = 20 * 1024 * 1024  # a document larger than this is not fetched
ACCEPTED = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
}
USER_AGENT = f"desertcheck/{__version__} (fact-checking tool)"


class FetchError(Exception):
    """The document could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """The body of ``url``; :class:`FetchError` for anything that is not an HTML, PDF or text
    document of at most ``max_bytes``."""
    import ssl
    import urllib.error

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    host = parts.hostname
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    opener = urllib.request.build_opener(_Redirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            final = response.geturl()
            if ctype not in ACCEPTED:
                raise FetchError(
                    f"{final} is {ctype}, not an HTML page, a PDF or text: "
                    "desertcheck imports those only"
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(final, max_bytes))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(_too_large(final, max_bytes))
            return Fetched(final, ctype, data)
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the response: close its connection
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(_reason(url, host, exc.reason, timeout)) from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer from {host} within {timeout:g} s") from None
    except ssl.SSLError as exc:
        raise FetchError(f"{url}: TLS failed with {host}: {exc.reason or exc}") from None
    except (ConnectionError, OSError) as exc:
        raise FetchError(_reason(url, host, exc, timeout)) from None


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url} is larger than {max_bytes // (1024 * 1024)} MiB: download it and import the file"


def _reason(url: str, host: str, reason: object, timeout: float) -> str:
    import socket
    import ssl

    if isinstance(reason, socket.gaierror):
        return f"{url}: cannot find the host {host} (DNS): check the address and the network"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"{url}: the TLS certificate of {host} cannot be trusted: {reason.verify_message}"
    if isinstance(reason, ssl.SSLError):
        return f"{url}: TLS failed with {host}: {reason.reason or reason}"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{url}: no answer from {host} within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: {host} refused the connection"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"{url}: cannot fetch it: {text}"


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed to http(s) addresses only (never file:// or ftp://)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to {newurl}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
