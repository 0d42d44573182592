"""Atomic file output.

Every file Frontline writes goes to a temporary file in the target folder first and is then
renamed into place (``os.replace`` is atomic on POSIX and Windows within one file system), so
an interrupted run leaves the previous file intact and never a half-written one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from geo.errors import OutputExistsError

__all__ = ["atomic_path", "write_bytes_atomic", "write_text_atomic", "check_overwrite", "replace_marked_block"]


def check_overwrite(path: Path, *, overwrite: bool) -> None:
    """Raise :class:`OutputExistsError` if ``path`` exists and may not be replaced."""
    if path.exists() and not overwrite:
        raise OutputExistsError(f"{str(path)!r} exists; pass --overwrite to replace it")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, overwrite: bool = True,
                suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success.

    The temporary file keeps the target's suffix (some writers, such as GDAL's GeoPackage
    driver, choose the format by it). On any exception the temporary file is removed and
    the target is left as it was.
    """
    target = Path(path)
    check_overwrite(target, overwrite=overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or target.suffix,
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # mkstemp creates 0600; outputs are meant to be shared, so use the usual umask-based mode
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_path(path, overwrite=overwrite) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
    return Path(path)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, overwrite: bool = True) -> Path:
    """Write ``text`` as UTF-8 (``\\n`` line ends) to ``path`` atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)


def write_with(path: str | os.PathLike[str], writer: Callable[[Path], None], *,
               overwrite: bool = True) -> Path:
    """Call ``writer(tmp_path)`` and move the result onto ``path`` atomically."""
    with atomic_path(path, overwrite=overwrite) as tmp:
        tmp.unlink()  # writers such as GDAL refuse to write over an existing empty file
        writer(tmp)
    return Path(path)


def replace_marked_block(path: str | os.PathLike[str], start: str, end: str, block: str) -> Path:
    """Replace the text from the line ``start`` to the line ``end`` (both markers included) in the
    file at ``path`` with ``block`` (which carries the markers itself), atomically. Used for the
    README's generated sections."""
    text = Path(path).read_text(encoding="utf-8")
    if start not in text or end not in text:
        raise ValueError(f"{str(path)!r} lacks the markers {start!r} … {end!r}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return write_text_atomic(path, head + block + tail)
