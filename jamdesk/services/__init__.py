"""The use cases of the delegation's work: each one transaction, returning what changed."""
