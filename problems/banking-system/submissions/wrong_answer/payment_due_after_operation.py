"""Wrong (level 3): a payment due at a call's timestamp is made after that call, not before it."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int  # global order of entries, which breaks ties between equal timestamps
    timestamp: int
    kind: str  # deposit, withdraw, transfer_in, transfer_out, payment, capture
    amount: int

    def __str__(self) -> str:
        return f"{self.timestamp}:{self.kind}:{self.amount}"


@dataclass
class Account:
    id: str
    balance: int = 0
    outgoing: int = 0  # money that left the bank: withdrawals, transfers out, payments, captures
    history: list[Entry] = field(default_factory=list)


@dataclass
class Payment:
    id: str
    account_id: str
    amount: int
    due: int
    status: str = "scheduled"  # then paid, failed or canceled


@dataclass
class Hold:
    id: str
    account_id: str
    amount: int
    open: bool = True


class Bank:
    def __init__(self) -> None:
        self._accounts: dict[str, Account] = {}
        self._payments: dict[str, Payment] = {}
        self._due: list[tuple[int, int, str]] = []  # a min-heap of (due, creation order, payment id)
        self._holds: dict[str, Hold] = {}
        self._entries = 0

    # Level 1 -----------------------------------------------------------------------------------

    def create_account(self, timestamp: int, account_id: str) -> bool:
        self._settle(timestamp)
        if account_id in self._accounts:
            return False
        self._accounts[account_id] = Account(account_id)
        return True

    def deposit(self, timestamp: int, account_id: str, amount: int) -> int | None:
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        if account is None:
            return None
        self._credit(account, timestamp, "deposit", amount)
        return account.balance

    def withdraw(self, timestamp: int, account_id: str, amount: int) -> int | None:
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        if account is None or account.balance < amount:
            return None
        self._debit(account, timestamp, "withdraw", amount)
        return account.balance

    def transfer(self, timestamp: int, source_id: str, target_id: str, amount: int) -> int | None:
        self._settle(timestamp)
        source = self._accounts.get(source_id)
        target = self._accounts.get(target_id)
        if source is None or target is None or source is target or source.balance < amount:
            return None
        self._debit(source, timestamp, "transfer_out", amount)
        self._credit(target, timestamp, "transfer_in", amount)
        return source.balance

    def balance(self, timestamp: int, account_id: str) -> int | None:
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        return account.balance if account else None

    # Level 2 -----------------------------------------------------------------------------------

    def top_spenders(self, timestamp: int, n: int) -> list[str]:
        self._settle(timestamp)
        ranked = sorted(self._accounts.values(), key=lambda a: (-a.outgoing, a.id))
        return [f"{account.id}({account.outgoing})" for account in ranked[:n]]

    def history(self, timestamp: int, account_id: str) -> list[str] | None:
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        return [str(entry) for entry in account.history] if account else None

    # Level 3 -----------------------------------------------------------------------------------

    def schedule_payment(self, timestamp: int, account_id: str, amount: int, delay: int) -> str | None:
        self._settle(timestamp)
        if account_id not in self._accounts:
            return None
        payment = Payment(f"payment{len(self._payments) + 1}", account_id, amount, timestamp + delay)
        self._payments[payment.id] = payment
        heapq.heappush(self._due, (payment.due, len(self._payments), payment.id))
        return payment.id

    def cancel_payment(self, timestamp: int, account_id: str, payment_id: str) -> bool:
        self._settle(timestamp)
        payment = self._payments.get(payment_id)
        if payment is None or payment.account_id != account_id or payment.status != "scheduled":
            return False
        payment.status = "canceled"
        return True

    def payment_status(self, timestamp: int, account_id: str, payment_id: str) -> str | None:
        self._settle(timestamp)
        payment = self._payments.get(payment_id)
        if payment is None or payment.account_id != account_id:
            return None
        return payment.status

    def hold(self, timestamp: int, account_id: str, amount: int) -> str | None:
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        if account is None or account.balance < amount:
            return None
        account.balance -= amount  # set aside: no longer spendable, not yet spent
        hold = Hold(f"hold{len(self._holds) + 1}", account_id, amount)
        self._holds[hold.id] = hold
        return hold.id

    def release_hold(self, timestamp: int, hold_id: str) -> bool:
        self._settle(timestamp)
        hold = self._close_hold(hold_id)
        if hold is None:
            return False
        self._accounts[hold.account_id].balance += hold.amount
        return True

    def capture_hold(self, timestamp: int, hold_id: str) -> bool:
        self._settle(timestamp)
        hold = self._close_hold(hold_id)
        if hold is None:
            return False
        account = self._accounts[hold.account_id]
        account.balance += hold.amount  # the held money comes back only to leave for good
        self._debit(account, timestamp, "capture", hold.amount)
        return True

    # Level 4 -----------------------------------------------------------------------------------

    def merge_accounts(self, timestamp: int, account_id: str, other_id: str) -> bool:
        """Fold `other_id` into `account_id`: money, spending, history, payments and holds."""
        self._settle(timestamp)
        account = self._accounts.get(account_id)
        other = self._accounts.get(other_id)
        if account is None or other is None or account is other:
            return False
        account.balance += other.balance
        account.outgoing += other.outgoing
        account.history = sorted(account.history + other.history, key=lambda e: e.seq)
        for payment in self._payments.values():
            if payment.account_id == other_id:
                payment.account_id = account_id
        for hold in self._holds.values():
            if hold.account_id == other_id:
                hold.account_id = account_id
        del self._accounts[other_id]
        return True

    # Internals ---------------------------------------------------------------------------------

    def _settle(self, timestamp: int) -> None:
        """Execute, in due order, every scheduled payment due at or before `timestamp`."""
        while self._due and self._due[0][0] < timestamp:  # bug: payments due now go first
            due, _, payment_id = heapq.heappop(self._due)
            payment = self._payments[payment_id]
            if payment.status != "scheduled":
                continue
            account = self._accounts[payment.account_id]
            if account.balance < payment.amount:
                payment.status = "failed"
                continue
            self._debit(account, due, "payment", payment.amount)
            payment.status = "paid"

    def _close_hold(self, hold_id: str) -> Hold | None:
        hold = self._holds.get(hold_id)
        if hold is None or not hold.open:
            return None
        hold.open = False
        return hold

    def _credit(self, account: Account, timestamp: int, kind: str, amount: int) -> None:
        account.balance += amount
        self._record(account, timestamp, kind, amount)

    def _debit(self, account: Account, timestamp: int, kind: str, amount: int) -> None:
        account.balance -= amount
        account.outgoing += amount
        self._record(account, timestamp, kind, amount)

    def _record(self, account: Account, timestamp: int, kind: str, amount: int) -> None:
        self._entries += 1
        account.history.append(Entry(self._entries, timestamp, kind, amount))
