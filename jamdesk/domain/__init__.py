"""Plain dataclasses and rules of the delegation's work; no Qt, no SQL."""
