"""Oversight: Ofsted's inspections of English councils' children's services as evidenced facts."""

__version__ = "0.1.0"
SCHEMA_ID = "oversight.extraction/1"
