"""Authorities: codes, regions, statistical neighbours, successors, and the names documents use for them."""

from oversight.reference.authorities import Authority, AuthorityRegistry, load_authorities
from oversight.reference.resolver import AuthorityResolver, Resolution, normalise, strip_generic

__all__ = [
    "Authority",
    "AuthorityRegistry",
    "AuthorityResolver",
    "Resolution",
    "load_authorities",
    "normalise",
    "strip_generic",
]
