"""The claims dashboard: `streamlit run dashboard/streamlit_app.py`, reading $CLAIMS_DB.

Pages live in `app_pages/`, one file each, at the URL paths /, /leaderboard, /compare, /explore and
/paper. Every page keeps its state in the URL, so a copied URL opens the same view.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import streamlit as st

# `streamlit run` puts only this folder on sys.path; the pages import `claims` and `dashboard`
# from the checkout, which works whether or not the package is installed.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PAGES = Path(__file__).resolve().parent / "app_pages"
_log = logging.getLogger("claims.dashboard")

st.set_page_config(page_title="claims: benchmark leaderboard", page_icon="📊", layout="wide")

page = st.navigation(
    [
        st.Page(PAGES / "overview.py", title="Overview", icon=":material/home:", default=True),
        st.Page(
            PAGES / "leaderboard.py",
            title="Leaderboard",
            icon=":material/leaderboard:",
            url_path="leaderboard",
        ),
        st.Page(
            PAGES / "compare.py", title="Compare", icon=":material/compare:", url_path="compare"
        ),
        st.Page(
            PAGES / "explore.py", title="Explore", icon=":material/search:", url_path="explore"
        ),
        st.Page(PAGES / "paper.py", title="Paper", icon=":material/article:", url_path="paper"),
    ]
)

try:
    page.run()
except Exception as error:
    # No page may show a traceback to a reader; the details go to the server's log.
    _log.exception("page %s failed", page.url_path or "/")
    st.error(
        "This page failed unexpectedly "
        f"({type(error).__name__}). Reload it, or report the problem with the URL you opened.",
        icon=":material/error:",
    )
