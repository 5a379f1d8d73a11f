"""Where briefs go: file names from company names, and writes that appear whole or not at all."""
from __future__ import annotations

import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from tailor.errors import OutputError

FORMATS = ("pdf", "html", "md", "json", "docx")
STDOUT = Path("-")  # `-o -`: one brief, in a text format, to standard output
_TEXT_FORMATS = ("md", "json", "html")
# Names Windows refuses whatever the extension; a slug must never be one of them.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def cache_dir() -> Path:
    """Where tailor keeps what it builds between runs (the matchers, the compiled templates): TAILOR_CACHE_DIR,
    else $XDG_CACHE_HOME/tailor, else ~/.cache/tailor."""
    if os.environ.get("TAILOR_CACHE_DIR"):
        return Path(os.environ["TAILOR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tailor"


def slug(text: str, limit: int = 60) -> str:
    """A safe file-name part: ASCII letters, digits and single dashes; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")
    if not out or out in _RESERVED:
        out = f"x-{out}" if out else "unnamed"
    return out


def format_of(path: Path, override: str | None) -> str:
    fmt = (override or path.suffix.lstrip(".")).lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise OutputError(
            f"{path.name}: cannot tell the output format; use one of .{', .'.join(FORMATS)} or --format"
        )
    return fmt


def check_target(output: Path | None, formats: tuple[str, ...], many: bool) -> None:
    """Refuse, before any work, an --output that cannot hold what was asked for."""
    if output is None:
        return
    if output == STDOUT:
        if many:
            raise OutputError("-o -: standard output takes one brief; give a folder for several postings")
        if len(formats) > 1 or (formats and formats[0] not in _TEXT_FORMATS):
            raise OutputError(f"-o -: standard output takes one text format: --format {' or '.join(_TEXT_FORMATS)}")
    elif many and output.suffix and not output.is_dir() and not str(output).endswith(("/", os.sep)):
        raise OutputError(f"{output}: several postings need a folder as --output, such as -o {output.stem}/")


def unique_name(stem: str, fmt: str, taken: set[str], alternative: str | None = None) -> str:
    """`stem.fmt`, or `stem-alternative.fmt`, or `stem-2.fmt`...: never a name already taken in this run."""
    candidates = [stem] + ([f"{stem}-{alternative}"] if alternative else [])
    candidates += [f"{stem}-{i}" for i in range(2, 1000)]
    for c in candidates:
        name = f"{c}.{fmt}"
        if name not in taken:
            taken.add(name)
            return name
    raise OutputError(f"too many briefs named {stem}")


def check_not_input(target: Path, inputs: Iterable[Path]) -> None:
    resolved = target.resolve()
    for p in inputs:
        if p.exists() and p.resolve() == resolved:
            raise OutputError(f"{target}: that is one of the input documents; choose another output name")


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: a crash leaves the old file intact."""
    if target == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write there ({exc.strerror})") from exc
    try:
        # mkstemp makes the file private (0600); a brief gets the permissions any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write there ({exc.strerror})") from exc
        raise
