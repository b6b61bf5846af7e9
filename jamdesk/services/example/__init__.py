"""A realistic example municipality for trying JämDesk, demonstrations and benchmarks."""
