"""Full inspection reports of every era (pre-SIF, SIF, ILACS): title, dates, team, grades, improvement items."""
