import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Employees who check in and out, rankings, promotions, pay and double-pay periods.
 *
 * <p>Reference solution for all four levels. A completed work session is stored once, as an
 * immutable interval with the hourly rate it was worked at; every query (time, rankings, pay) is
 * computed from the sessions, so promotions (level 3) and retroactive double-pay periods (level 4)
 * need no bookkeeping beyond the sessions themselves.
 */
public class Company {

    /** A finished work session {@code [start, end)} and the rate it was worked at. */
    private record Session(long start, long end, long rate) {
        long overlap(long from, long to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
    }

    /** A position and rate that apply at the first check-in at or after {@code effectiveAt}. */
    private record Promotion(String position, long rate, long effectiveAt) {}

    private record Period(long start, long end) {}

    private static final class Employee {
        final String id;
        String position;
        long rate;
        final List<Session> sessions = new ArrayList<>();
        Long checkedInAt;
        Promotion pending;

        Employee(String id, String position, long rate) {
            this.id = id;
            this.position = position;
            this.rate = rate;
        }

        long timeWorked() {
            return sessions.stream().mapToLong(s -> s.end() - s.start()).sum();
        }
    }

    private final Map<String, Employee> employees = new HashMap<>();
    private final List<Period> doublePay = new ArrayList<>();

    // Level 1 ------------------------------------------------------------------------------------

    public boolean addEmployee(String employeeId, String position, long rate) {
        if (employees.containsKey(employeeId)) {
            return false;
        }
        employees.put(employeeId, new Employee(employeeId, position, rate));
        return true;
    }

    public boolean checkIn(String employeeId, long timestamp) {
        Employee employee = employees.get(employeeId);
        if (employee == null || employee.checkedInAt != null) {
            return false;
        }
        Promotion promotion = employee.pending;
        if (promotion != null && promotion.effectiveAt() <= timestamp) {
            employee.position = promotion.position();
            employee.rate = promotion.rate();
            employee.pending = null;
        }
        employee.checkedInAt = timestamp;
        return true;
    }

    public boolean checkOut(String employeeId, long timestamp) {
        Employee employee = employees.get(employeeId);
        if (employee == null || employee.checkedInAt == null) {
            return false;
        }
        employee.sessions.add(new Session(employee.checkedInAt, timestamp, employee.rate));
        employee.checkedInAt = null;
        return true;
    }

    public Long timeWorked(String employeeId) {
        Employee employee = employees.get(employeeId);
        return employee == null ? null : employee.timeWorked();
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<String> topWorkers(int n, String position) {
        return employees.values().stream()
                .filter(e -> e.position.equals(position))
                .sorted(
                        Comparator.comparingLong((Employee e) -> -e.timeWorked())
                                .thenComparing(e -> e.id))
                .limit(n)
                .map(e -> e.id + "(" + e.timeWorked() + ")")
                .toList();
    }

    public Long timeWorkedBetween(String employeeId, long start, long end) {
        Employee employee = employees.get(employeeId);
        if (employee == null) {
            return null;
        }
        return employee.sessions.stream().mapToLong(s -> s.overlap(start, end)).sum();
    }

    // Level 3 ------------------------------------------------------------------------------------

    public boolean promote(String employeeId, String position, long rate, long effectiveAt) {
        Employee employee = employees.get(employeeId);
        if (employee == null || employee.pending != null) {
            return false;
        }
        employee.pending = new Promotion(position, rate, effectiveAt);
        return true;
    }

    public Long pay(String employeeId, long start, long end) {
        Employee employee = employees.get(employeeId);
        if (employee == null) {
            return null;
        }
        List<Period> periods = mergedDoublePay();
        long total = 0;
        for (Session session : employee.sessions) {
            long worked = session.overlap(start, end);
            long doubled = 0;
            for (Period period : periods) {
                doubled +=
                        session.overlap(
                                Math.max(start, period.start()), Math.min(end, period.end()));
            }
            total += session.rate() * (worked + doubled);
        }
        return total;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public void addDoublePayPeriod(long start, long end) {
        doublePay.add(new Period(start, end));
    }

    public List<String> payroll(long start, long end) {
        record Pay(String id, long amount) {}
        return employees.values().stream()
                .map(e -> new Pay(e.id, pay(e.id, start, end)))
                .sorted(Comparator.comparingLong((Pay p) -> -p.amount()).thenComparing(Pay::id))
                .map(p -> p.id() + "(" + p.amount() + ")")
                .toList();
    }

    // Internals ----------------------------------------------------------------------------------

    /** The double-pay periods as disjoint intervals: overlapping periods do not stack. */
    private List<Period> mergedDoublePay() {
        List<Period> sorted =
                doublePay.stream()
                        .filter(p -> p.start() < p.end())
                        .sorted(Comparator.comparingLong(Period::start).thenComparingLong(Period::end))
                        .toList();
        List<Period> merged = new ArrayList<>();
        for (Period period : sorted) {
            if (!merged.isEmpty() && period.start() <= merged.getLast().end()) {
                Period last = merged.removeLast();
                merged.add(new Period(last.start(), Math.max(last.end(), period.end())));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }
}
