"""The persistent cache of work between builds (``cache``): SQLite, content-addressed. Imports model only, so
every stage that saves work (furigana, QR codes, page bodies) can use it."""
