"""A ledger of GPU credit grants that expire, and of the jobs that consume them.

Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
working, because the tests of every level run against your final code.
"""


class CreditLedger:
    def __init__(self) -> None:
        pass

    def add_grant(self, grant_id: str, amount: int, timestamp: int, expires_at: int) -> bool:
        """Record `amount` credits usable from `timestamp` until just before `expires_at`.

        Return False, recording nothing, for a used grant id, amount <= 0 or expires_at <= timestamp.
        """
        raise NotImplementedError

    def charge(self, job_id: str, amount: int, timestamp: int) -> bool:
        """Charge `amount` credits at `timestamp`, soonest-expiring grants first; all or nothing.

        Return whether the charge was paid. A used job id or amount <= 0 gives False and records
        nothing.
        """
        raise NotImplementedError

    def balance(self, timestamp: int) -> int:
        """Return the credit left in the grants usable at `timestamp`."""
        raise NotImplementedError
