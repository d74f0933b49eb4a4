"""The command line: check, new, coverage, schemas, merge, build. Imports everything; nothing imports it."""
