/**
 * A company's record of employees and the time they spend at work.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods to this class; the earlier
 * ones must keep working, because the tests of every level run against your final code.
 */
public class Company {

    /** Add an employee; return false, changing nothing, if the id is taken. */
    public boolean addEmployee(String employeeId, String position, long rate) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Start a work session; return false if the employee is unknown or already checked in. */
    public boolean checkIn(String employeeId, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** End the work session; return false if the employee is unknown or not checked in. */
    public boolean checkOut(String employeeId, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the total length of the employee's finished sessions, or null if unknown. */
    public Long timeWorked(String employeeId) {
        throw new UnsupportedOperationException("TODO");
    }
}
