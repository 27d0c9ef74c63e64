def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    """Merge records that share an address (transitively); sorted addresses, people by first address."""
    raise NotImplementedError
