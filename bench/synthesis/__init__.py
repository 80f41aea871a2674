"""Synthesis benchmarks: quality on labelled and real data, speed at scale (`python -m bench.synthesis.<name>`)."""
