"""`python -m bench` (`make bench`): every benchmark with its default sizes."""

from bench import extract_bench, query_bench
from bench.viz_bench import main as viz_bench

if __name__ == "__main__":
    viz_bench()
    query_bench.main([])
    extract_bench.main([])
