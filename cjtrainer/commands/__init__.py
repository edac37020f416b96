"""One module per CLI command. Each offers ``register(subparsers, parents)`` and sets
``handler`` on its parser; handlers take the parsed args and return an exit code."""
