"""Japanese-language tools: readings (furigana), the easy-Japanese checker, readability. Imports model, store, load and i18n."""
