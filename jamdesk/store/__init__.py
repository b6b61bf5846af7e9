"""The SQLite store: one connection, explicit transactions, numbered migrations."""
