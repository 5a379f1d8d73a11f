"""Regular expressions compiled once and kept between runs, for the code that reads no document (issue 14).

Python compiles a pattern in pure Python (parse, then code generation) and hands the result to the C engine,
`_sre.compile`; only that last step is fast. A single brief compiles ~1,000 patterns from tailor's data and its
libraries' (spaCy's tokenizer rules, the cue lists of fit and draft): 0.06 s of CPU in the skills process and
0.17 s in the other, a tenth to a fifth of each chain the user waits for. Inside `kept(name)`, what `_sre.compile` was
given for each pattern is written to tailor's cache folder at the end, and a later run gives it to
`_sre.compile` again instead of compiling: the same Pattern (equal code, flags and groups; `re` itself
compares them so).

Only code that reads no document runs inside `kept`: imports, data loading and the patterns fit and draft
compile ahead. Some patterns are made from a document's words or figures (a team size, a skill the posting
names); those are compiled as usual and never written anywhere. The file's name carries the Python version
and the regex engine's magic number, the only things the compiled form depends on besides the pattern and its
flags, which are the entry's key. A file whose checksum is wrong is not read, an entry the engine refuses
(`_sre.compile` validates the code it is given) is compiled again, and a cache folder missing or read-only costs
the compiling, never the run.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # Python 3.11 and later; on 3.10 nothing is kept and every pattern is compiled as before
    import _sre
    from re import _compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the interpreter
    _compiler = None

_Key = tuple[str | bytes, int]
_PREFIX = "regexes-"
_SUM = 16  # bytes of SHA-256 before the entries

_lock = threading.Lock()
_known: dict[str, dict[_Key, tuple[Any, ...]]] = {}  # scope name -> the entries its file held
_used: dict[str, dict[_Key, tuple[Any, ...]]] = {}  # scope name -> the entries this process used or made
_fresh: set[str] = set()  # scope names that compiled a pattern their file lacked
_open: list[Any] = []  # the scope open now: [name, thread, depth], or empty
_original = _compiler.compile if _compiler is not None else None
_compiling = threading.local()  # the (pattern, flags) being compiled, when `_sre.compile` is called for it


@contextmanager
def kept(name: str) -> Iterator[None]:
    """Patterns compiled inside, by this thread, come from the entries kept under `name` when there are any; at
    the end, when one was compiled anew, the entries used under `name` are written for the next run. Another
    thread's patterns, or those of a scope of another name opened inside, are compiled as usual."""
    with _lock:
        mine = _compiler is not None and (not _open or _open[:2] == [name, threading.get_ident()])
        if mine:
            if name not in _known:
                _known[name] = _load(name)
                _used[name] = {}
            if not _open:
                _open[:] = [name, threading.get_ident(), 0]
                _compiler.compile = _compile
                _compiler._sre = _recorder()
            _open[2] += 1
    try:
        yield
    finally:
        if mine:
            with _lock:
                _open[2] -= 1
                if not _open[2]:
                    _open.clear()
                    _compiler.compile = _original
                    _compiler._sre = _sre
                    if name in _fresh:
                        _fresh.discard(name)
                        _save(name, _used[name])


def _compile(pattern: Any, flags: int = 0) -> Any:
    scope = _open[:2]
    if len(scope) < 2 or scope[1] != threading.get_ident() or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _original(pattern, flags)  # type: ignore[misc]
    name = scope[0]
    key = (pattern, int(flags))
    args = _known[name].get(key)
    if args is not None:
        try:
            compiled = _sre.compile(pattern, *args)
        except Exception:  # an entry the engine refuses (it validates the code): compiled again
            pass
        else:
            _used[name][key] = args
            return compiled
    _compiling.key = (name, key)
    try:
        return _original(pattern, flags)  # type: ignore[misc]
    finally:
        _compiling.key = None


def _record(pattern: Any, *args: Any) -> Any:
    """`_sre.compile` as the pattern compiler calls it inside `kept`: notes what it is given for the pattern being
    compiled, as the entry to keep."""
    compiled = _sre.compile(pattern, *args)
    current = getattr(_compiling, "key", None)
    if current is not None and current[1][0] is pattern:
        name, key = current
        flags, code, *rest = args
        # the opcodes are ints of a named subclass, which marshal does not write: the engine reads ints
        _used[name][key] = (flags, [int(op) for op in code], *rest)
        _fresh.add(name)
    return compiled


def _recorder() -> types.ModuleType:
    """`_sre` with `_record` for its `compile`, for the pattern compiler to use inside `kept`."""
    shim = types.ModuleType(_sre.__name__)
    shim.__dict__.update(vars(_sre))
    shim.compile = _record  # type: ignore[attr-defined]
    return shim


def _path(name: str) -> Path:
    from tailor.output import cache_dir

    version = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return cache_dir() / f"{_PREFIX}{name}-{version}.marshal"


def _load(name: str) -> dict[_Key, tuple[Any, ...]]:
    """The entries kept under `name`; none when the file is missing or damaged (its checksum differs)."""
    try:
        data = _path(name).read_bytes()
        body = data[_SUM:]
        # loaded from bytes: marshal.load on a file reads it a few bytes at a time (8x slower here)
        entries = marshal.loads(body) if data[:_SUM] == hashlib.sha256(body).digest()[:_SUM] else None
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _save(name: str, entries: dict[_Key, tuple[Any, ...]]) -> None:
    """Written whole (a temporary file, then a rename), so a reader never sees half a file, behind a checksum, so a
    damaged one is never read; the file this scope kept for another Python version is removed."""
    path = _path(name)
    try:
        body = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(body).digest()[:_SUM] + body)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for old in path.parent.glob(f"{_PREFIX}{name}-*.marshal"):  # another Python's: never read again here
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):  # a read-only or full cache folder; ValueError: an entry marshal cannot write
        pass
