"""Rule modules. Every module in this package is imported by the registry."""
