# The two commands of the README. Each sets up what it needs first.
.PHONY: app test setup lint bench bench-ingest bench-app

app:
	scripts/setup.sh
	.venv/bin/streamlit run streamlit_app.py --server.headless true

test:
	scripts/setup.sh --browser
	.venv/bin/ruff check .
	.venv/bin/python -m pytest -q

setup:
	scripts/setup.sh

bench:
	scripts/setup.sh --browser
	.venv/bin/python bench/quality.py

bench-ingest:
	scripts/setup.sh
	.venv/bin/python bench/ingest_speed.py --json bench/out/ingest_speed.json

bench-app:
	scripts/setup.sh --browser
	.venv/bin/python bench/app_speed.py --json bench/out/app_speed.json
