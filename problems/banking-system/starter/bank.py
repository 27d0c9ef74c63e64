"""A small bank. Every method takes the current time as its first argument; across the calls of a
test, timestamps strictly increase.

Level 1 asks for the methods below. Every later level adds methods to this class; the earlier ones
must keep working, because the tests of every level run against your final code.
"""


class Bank:
    def __init__(self) -> None:
        pass

    def create_account(self, timestamp: int, account_id: str) -> bool:
        """Open an empty account; return False if `account_id` already exists."""
        raise NotImplementedError

    def deposit(self, timestamp: int, account_id: str, amount: int) -> int | None:
        """Add `amount` to the account; return the new balance, or None if it does not exist."""
        raise NotImplementedError

    def withdraw(self, timestamp: int, account_id: str, amount: int) -> int | None:
        """Take `amount` out; return the new balance, or None if the account is missing or short."""
        raise NotImplementedError

    def transfer(self, timestamp: int, source_id: str, target_id: str, amount: int) -> int | None:
        """Move `amount` from source to target; return the source's new balance.

        Return None if either account is missing, they are the same account, or the source holds
        less than `amount`.
        """
        raise NotImplementedError

    def balance(self, timestamp: int, account_id: str) -> int | None:
        """Return the account's balance, or None if it does not exist."""
        raise NotImplementedError
