"""Languages: UI strings, dates in each language's style, collation, the language switcher. Imports model and load."""
