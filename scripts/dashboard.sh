#!/usr/bin/env bash
# Quickstart: set up, ingest the bundled sample (data/trending-papers.txt) into the default store
# (data/claims.db, or $CLAIMS_DB) and open the dashboard on http://localhost:8501.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/claims ingest data/trending-papers.txt
exec .venv/bin/streamlit run dashboard/streamlit_app.py "$@"
