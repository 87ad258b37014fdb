"""House-style reports: per article and per corpus (formatters in this package)."""
