"""The ASGI application for servers that import one (uvicorn with several workers): the database from OVERSIGHT_DB."""

from oversight.web.app import create_app

app = create_app()
