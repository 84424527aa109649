"""The Streamlit dashboard over a claims store: `streamlit run dashboard/streamlit_app.py`."""
