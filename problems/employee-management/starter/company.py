"""A company's record of employees and the time they spend at work.

Level 1 asks for the methods below. Every later level adds methods to this class; the earlier ones
must keep working, because the tests of every level run against your final code.
"""


class Company:
    def __init__(self) -> None:
        pass

    def add_employee(self, employee_id: str, position: str, rate: int) -> bool:
        """Add an employee; return False, changing nothing, if the id is taken."""
        raise NotImplementedError

    def check_in(self, employee_id: str, timestamp: int) -> bool:
        """Start a work session; return False if the employee is unknown or already checked in."""
        raise NotImplementedError

    def check_out(self, employee_id: str, timestamp: int) -> bool:
        """End the work session; return False if the employee is unknown or not checked in."""
        raise NotImplementedError

    def time_worked(self, employee_id: str) -> int | None:
        """Return the total length of the employee's finished sessions, or None if unknown."""
        raise NotImplementedError
