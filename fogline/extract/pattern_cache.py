"""What preparing the language data's patterns computes from their sources alone, kept between runs.

An extractor's start-up is mostly regex work on the patterns built from the data files: compiling them, building
prefix trees of names, and ``scan``'s analyses (caseless copies, start scanners). Each result depends only on its
inputs, this package's pattern code and the Python, so it is kept in one file of the cache directory named after
the last two; a start with the same data finds every result there and skips about three quarters of the work.
A missing, stale, unreadable or unwritable file only means the work is done (and kept) again."""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from functools import wraps
from pathlib import Path

from ..cache import cache_dir
from .first_chars import with_first_chars

try:
    from _sre import MAGIC as _MAGIC
    from _sre import compile as _sre_compile
    from re import _compiler, _parser
except ImportError:  # another Python: patterns compile as they are, analyses are remembered all the same
    _MAGIC, _sre_compile, _compiler, _parser = 0, None, None, None

_HERE = Path(__file__).parent
# the modules whose results are kept: editing one of them starts a new file
_CODE = ("pattern_cache.py", "scan.py", "compiled.py", "text.py", "first_chars.py")
_LIMIT = 64 << 20  # a file grown past this keeps only what the run that saves it used
_KEEP = 3  # the newest files kept: this code's and those of versions used side by side
_MISSING = object()


class _Results:
    """The results of this process, those of the file loaded on first use."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory  # None: the cache directory of the moment
        self.entries: dict[bytes, object] | None = None
        self.used: set[bytes] = set()
        self.added = False

    def path(self) -> Path:
        digest = hashlib.blake2b(digest_size=8)
        for name in _CODE:
            digest.update((_HERE / name).read_bytes())
        tag = f"{sys.implementation.name}{'.'.join(map(str, sys.version_info[:3]))}-{_MAGIC}"  # the engine's
        return (self.directory or cache_dir()) / f"patterns-{tag}-{digest.hexdigest()}.marshal"

    def get(self, key: bytes) -> object:
        if self.entries is None:
            self.entries = _read(self.path())
        value = self.entries.get(key, _MISSING)
        if value is not _MISSING:
            self.used.add(key)
        return value

    def put(self, key: bytes, value: object) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.added = True

    def save(self) -> None:
        """Write the results if this process added any, merged with what others wrote meanwhile."""
        if not self.added:
            return
        self.added = False
        path = self.path()
        merged = {**_read(path), **self.entries}
        try:
            data = marshal.dumps(merged)
            if len(data) > _LIMIT:
                data = marshal.dumps({k: v for k, v in merged.items() if k in self.used})
        except ValueError:  # a result marshal cannot keep (a bug, caught by the tests): keep nothing
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)  # mkstemp creates 0600; the cache may be shared
            os.replace(tmp, path)
            for old in sorted(path.parent.glob("patterns-*.marshal"), key=_age)[_KEEP:]:
                old.unlink()
        except OSError:  # a read-only cache: the work is done again next time
            pass


def _read(path: Path) -> dict[bytes, object]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _age(path: Path) -> float:
    try:
        return -path.stat().st_mtime
    except OSError:  # removed meanwhile
        return 0.0


_RESULTS = _Results()


def _key(name: str, args: tuple) -> bytes:
    # marshal's version 2: no references and no interned strings, so one value is always written the same (later
    # versions mark strings interned or shared); several times cheaper than repr on the long patterns of names
    return hashlib.blake2b(marshal.dumps((name, args), 2), digest_size=16).digest()


def remembered(fn):
    """``fn``, a pure function of strings, numbers and booleans whose result is one of them (or a tuple, list or
    dict of them), with its results kept between runs."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def cached(*args, **kwargs):
        key = _key(name, (args, tuple(sorted(kwargs.items()))))
        value = _RESULTS.get(key)
        if value is _MISSING:
            value = fn(*args, **kwargs)
            _RESULTS.put(key, value)
        return value

    return cached


def compile(source: str, flags: int = 0, tree=None) -> re.Pattern:  # noqa: A001 (re.compile's name and meaning)
    """``re.compile(source, flags)``, its program kept between runs. ``tree``: the parse of ``source`` when the
    caller holds it (``compiled``), else it is parsed here on a miss."""
    if _sre_compile is None:
        return re.compile(source, flags)
    flags = int(flags)
    key = _key("re", (source, flags))
    program = _RESULTS.get(key)
    if program is _MISSING:
        try:
            program = _program(tree() if tree is not None else _parser.parse(source, flags), flags)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 (an internal of another Python: compile as it is)
            return re.compile(source, flags)
        _RESULTS.put(key, program)
    return _sre_compile(source, *program)


def _program(tree, flags: int) -> tuple:
    """What ``_sre.compile`` takes after the source, as ``re._compiler.compile`` makes it."""
    code = with_first_chars(_compiler._code(tree, flags), tree, flags)  # the engine skips where no match begins
    code = list(map(int, code)) if code else code  # opcodes are int subclasses
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, dict(groupindex), tuple(indexgroup)


def save() -> None:
    """Keep what this process computed: called once an extractor is built, after each chunk of a worker's reports
    (patterns are prepared on first use) and at exit."""
    _RESULTS.save()


atexit.register(save)
