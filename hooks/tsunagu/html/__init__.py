"""The passes that finish a page's HTML: ruby, glossary links, lang marks, fixes of the theme's markup, editors' Markdown. Imports model, load, i18n and japanese."""
