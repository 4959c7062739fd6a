"""Secondary accounts: news stories, council press releases, minutes and committee papers, round-ups of visits."""
