"""Every model: records, kinds (the registry), settings, languages, alerts, problems. Imports nothing of Tsunagu's."""
