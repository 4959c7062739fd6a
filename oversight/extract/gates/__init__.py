"""The accuracy gates: extraction compared with facts read by eye (tests/gold)."""
