"""Pieces every genre reader uses: dates, people, judgements, names, evidence, clauses, page layout, vocabularies."""
