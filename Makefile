# The two commands of the README. Each sets up what it needs first.
.PHONY: app test setup lint bench

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
