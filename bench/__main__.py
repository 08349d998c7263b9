"""`python -m bench` (and `make bench`): run every benchmark with its default sizes."""

from bench import query_bench

if __name__ == "__main__":
    query_bench.main([])
