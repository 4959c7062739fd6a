"""The web service: a thin layer of pages and JSON twins over the library."""
