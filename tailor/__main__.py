"""`python -m tailor` runs the same command as `tailor`."""
from tailor.cli import main

main()
