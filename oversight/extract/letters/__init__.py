"""Ofsted's letters (focused visits, monitoring visits, JTAIs), wherever they are printed, and letters quoted inside
minutes or news."""
