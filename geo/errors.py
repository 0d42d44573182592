"""Exceptions raised by Frontline.

Every error a user can cause is a subclass of :class:`FrontlineError`; the CLI turns these
into one line on stderr and a non-zero exit, never a traceback. Messages quote the offending
value with ``!r`` so it can be found in the input.
"""

from __future__ import annotations


class FrontlineError(ValueError):
    """Base class of the errors a user's input can cause."""


class LayersError(FrontlineError):
    """A layers folder is missing a file, or a file in it is malformed."""


class InputFormatError(FrontlineError):
    """An input file cannot be read at all (encoding, empty, missing columns)."""


class ValidationError(FrontlineError):
    """One or more input rows are invalid; ``report`` lists every one of them."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class DateError(FrontlineError):
    """A date given by the user is not a real date or is out of range."""


class OutputExistsError(FrontlineError):
    """The output file exists and ``overwrite`` was not given."""


class FrontlineWarning(UserWarning):
    """A recoverable oddity in the input (kept, but worth a look)."""
