"""Word documents for the registry, built with python-docx; no Qt."""
