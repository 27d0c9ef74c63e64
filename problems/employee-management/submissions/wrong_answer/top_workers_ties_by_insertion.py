"""Wrong (level 2): employees with equal time rank in the order they were added, not by id."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Session:
    start: int
    end: int  # exclusive
    rate: int

    def overlap(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))


@dataclass(frozen=True, slots=True)
class Promotion:
    position: str
    rate: int
    effective_at: int  # applies at the first check-in at or after this time


@dataclass
class Employee:
    id: str
    position: str
    rate: int
    sessions: list[Session] = field(default_factory=list)
    checked_in_at: int | None = None
    pending: Promotion | None = None

    def time_worked(self) -> int:
        return sum(session.end - session.start for session in self.sessions)


class Company:
    def __init__(self) -> None:
        self._employees: dict[str, Employee] = {}
        self._double_pay: list[tuple[int, int]] = []

    # Level 1 -----------------------------------------------------------------------------------

    def add_employee(self, employee_id: str, position: str, rate: int) -> bool:
        if employee_id in self._employees:
            return False
        self._employees[employee_id] = Employee(employee_id, position, rate)
        return True

    def check_in(self, employee_id: str, timestamp: int) -> bool:
        employee = self._employees.get(employee_id)
        if employee is None or employee.checked_in_at is not None:
            return False
        promotion = employee.pending
        if promotion is not None and promotion.effective_at <= timestamp:
            employee.position, employee.rate = promotion.position, promotion.rate
            employee.pending = None
        employee.checked_in_at = timestamp
        return True

    def check_out(self, employee_id: str, timestamp: int) -> bool:
        employee = self._employees.get(employee_id)
        if employee is None or employee.checked_in_at is None:
            return False
        employee.sessions.append(Session(employee.checked_in_at, timestamp, employee.rate))
        employee.checked_in_at = None
        return True

    def time_worked(self, employee_id: str) -> int | None:
        employee = self._employees.get(employee_id)
        return employee.time_worked() if employee else None

    # Level 2 -----------------------------------------------------------------------------------

    def top_workers(self, n: int, position: str) -> list[str]:
        matching = [e for e in self._employees.values() if e.position == position]
        matching.sort(key=lambda e: -e.time_worked())  # bug: ties must go by id
        return [f"{e.id}({e.time_worked()})" for e in matching[:n]]

    def time_worked_between(self, employee_id: str, start: int, end: int) -> int | None:
        employee = self._employees.get(employee_id)
        if employee is None:
            return None
        return sum(session.overlap(start, end) for session in employee.sessions)

    # Level 3 -----------------------------------------------------------------------------------

    def promote(self, employee_id: str, position: str, rate: int, effective_at: int) -> bool:
        employee = self._employees.get(employee_id)
        if employee is None or employee.pending is not None:
            return False
        employee.pending = Promotion(position, rate, effective_at)
        return True

    def pay(self, employee_id: str, start: int, end: int) -> int | None:
        employee = self._employees.get(employee_id)
        if employee is None:
            return None
        periods = self._merged_double_pay()
        total = 0
        for session in employee.sessions:
            worked = session.overlap(start, end)
            doubled = sum(session.overlap(max(start, lo), min(end, hi)) for lo, hi in periods)
            total += session.rate * (worked + doubled)
        return total

    # Level 4 -----------------------------------------------------------------------------------

    def add_double_pay_period(self, start: int, end: int) -> None:
        self._double_pay.append((start, end))

    def payroll(self, start: int, end: int) -> list[str]:
        pays = [(self.pay(e.id, start, end), e.id) for e in self._employees.values()]
        pays.sort(key=lambda pay_and_id: (-pay_and_id[0], pay_and_id[1]))
        return [f"{employee_id}({amount})" for amount, employee_id in pays]

    # Internals ---------------------------------------------------------------------------------

    def _merged_double_pay(self) -> list[tuple[int, int]]:
        """The double-pay periods as disjoint intervals: overlapping periods do not stack."""
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(p for p in self._double_pay if p[0] < p[1]):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged
