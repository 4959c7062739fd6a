"""Reasoning over the whole record: events across documents, journeys, the national picture, recurring weaknesses."""
