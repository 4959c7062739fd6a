"""Councils' post-inspection action plans: each area for improvement answered with actions, owners, dates and
progress, reviewed by a board, tracked to the next visit; private to the council unless it publishes the plan."""
