"""Files other than pages: iCal, Atom, JSON-LD, open data, search index, sitemaps. Imports model, store, load, i18n, japanese and html."""
