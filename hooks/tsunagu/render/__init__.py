"""Generated pages and their views, rendered with the templates of overrides/tsunagu. Imports every stage below it (model, load, i18n, japanese, html, outputs)."""
