"""The command-line commands: example, check, list."""
