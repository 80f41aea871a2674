"""The page benchmark of issue #17: a city-scale database, production settings under gunicorn, wrk per page.

    make bench-pages SCALE=2k            # or SCALE=100k; see bench/pages/__main__.py for every option
    .venv/bin/python -m bench.pages --scale 100k --database postgres://postgres@127.0.0.1:5432/sk_bench

loader.py fills a database of its own (COPY), runner.py serves it with gunicorn and measures every page with
wrk back to back with a bare view, queries.py counts each page's queries in-process, report.py writes the table
to bench/results/.
"""
