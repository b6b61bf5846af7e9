"""The benchmark suite: `python -m benchmarks` measures JämDesk's figures against their targets."""
