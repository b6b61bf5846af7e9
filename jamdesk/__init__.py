"""JämDesk: the gender-equality delegation's secretary's desk."""

__version__ = "0.1.0"
