"""Benchmarks of chapterbot: accuracy against baselines, matching latency, start-up and memory.

Run them all with ``make bench`` (``python -m benchmarks``), or one by name
(``python -m benchmarks accuracy``); each writes its section of ``docs/benchmarks.md``.
"""
