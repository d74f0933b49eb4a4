"""Reading a city's own files into records: file readers, cell normalisers, layouts, ids, writing.
Imports model, load, i18n, japanese and outputs (the column tables the export shares)."""
