"""evalreport: per-class metrics and the tables built from them."""
