"""Read what a document says from the store, in Swedish, ready for the exporters."""
