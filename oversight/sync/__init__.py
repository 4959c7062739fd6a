"""Keeping the record current from Ofsted's reports site: `oversight sync`."""
