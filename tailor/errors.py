"""The exceptions tailor raises for problems a user can fix; each carries its exit code."""
from __future__ import annotations


class TailorError(Exception):
    """A problem the user can fix; the message says how."""

    exit_code = 1


class InputError(TailorError):
    """A document is missing, unreadable, empty or unsupported."""

    exit_code = 3


class OutputError(TailorError):
    """The brief cannot be written where asked."""

    exit_code = 4


class ContentError(TailorError):
    """A document was read but holds too little to draft from (no roles, a posting of one line)."""

    exit_code = 5


class UsageError(TailorError):
    """The command line is wrong in a way only the documents show (a résumé and a posting swapped)."""

    exit_code = 2  # the code Typer gives every other command-line mistake
