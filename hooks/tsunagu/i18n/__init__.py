"""Languages: UI strings, dates in each language's style, collation, the language switcher, translation coverage. Imports model and load."""
