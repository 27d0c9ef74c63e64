"""suggest: count past queries and complete prefixes from them."""
