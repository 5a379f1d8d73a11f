"""The exceptions tailor raises for problems a user can fix; each carries its exit code."""
from __future__ import annotations


class TailorError(Exception):
    """A problem the user can fix; the message says how."""

    exit_code = 1

    def __str__(self) -> str:
        # one line whatever the document put in it: a role label read from a line holding a line break made the
        # "could not be read with confidence (...)" message two lines (found by the Hypothesis property test)
        return " ".join(super().__str__().split())


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
