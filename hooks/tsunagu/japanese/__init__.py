"""Japanese-language tools: readings (furigana), the easy-Japanese checker, readability. Imports model, load and i18n."""
