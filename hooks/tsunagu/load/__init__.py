"""Reading the sources: YAML with positions, mkdocs.yml, records into a validated Catalog, Git history. Imports model."""
