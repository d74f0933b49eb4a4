"""Tsunagu: a civic information site from YAML records, in every language of the site.

The package loads, validates and renders. It knows nothing of MkDocs: the hook in
``hooks/tsunagu_hook.py`` hands what it renders to the site engine.
"""
