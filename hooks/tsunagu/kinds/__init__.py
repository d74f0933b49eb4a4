"""Stage ``kinds``: one adapter per record kind, and the registry of them (imports every stage above it but
``cli``; the builder imports it). Each adapter module, ``kinds/<name>.py``, holds everything one kind adds
to a site besides its facts (``model/kinds.py``), its templates and its strings: its pages' extras and
archives, calendar files, feed entries, JSON-LD, CSV table and rows, and digest items (``base.KindAdapter``).
The page renderer, the CSV writer, the feed, the calendars and the digests loop over ``adapters()``."""
