"""Generated pages and their views, rendered with the templates in render/templates/ (a site overrides
any one of them, or one block, from its own templates_dir). Imports every stage below it (model, load,
i18n, japanese, html, outputs)."""
