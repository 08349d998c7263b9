"""Benchmarks: each compares engines side by side in one run and reports ratios."""
