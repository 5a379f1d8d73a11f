"""tailor: turn a résumé and a job posting into an interview-preparation brief."""

__version__ = "0.1.0"
