import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A ledger of expiring GPU credit grants and the jobs that consume them.
 *
 * <p>Reference solution for all four levels. The ledger is an event log: grants and charges, kept
 * in the order they take effect (timestamp, then arrival). The effect of the log (which grant paid
 * for which charge, which charges failed) is computed by replaying it; an event that arrives in
 * order is applied incrementally, one that arrives late triggers a full replay. Queries read the
 * replayed consumption, which remembers when each grant was drawn on, so any time can be asked.
 */
public class CreditLedger {

    private static final Comparator<Grant> CONSUMPTION_ORDER =
            Comparator.comparingLong((Grant g) -> g.expiresAt).thenComparing(g -> g.id);

    private static final class Grant {
        final String id;
        final long amount;
        final long start;
        final long expiresAt;
        final List<long[]> draws = new ArrayList<>(); // {charge timestamp, amount}, in time order
        long drawn = 0;

        Grant(String id, long amount, long start, long expiresAt) {
            this.id = id;
            this.amount = amount;
            this.start = start;
            this.expiresAt = expiresAt;
        }

        boolean usableAt(long timestamp) {
            return start <= timestamp && timestamp < expiresAt;
        }

        /** What is left after every charge at or before {@code timestamp} (ignoring expiry). */
        long remainingAt(long timestamp) {
            long left = amount;
            for (long[] draw : draws) {
                if (draw[0] > timestamp) {
                    break;
                }
                left -= draw[1];
            }
            return left;
        }
    }

    private static final class Charge {
        final long amount;
        final long timestamp;
        boolean succeeded = false;

        Charge(long amount, long timestamp) {
            this.amount = amount;
            this.timestamp = timestamp;
        }
    }

    /** A grant or a charge, at the place in history where it takes effect. */
    private record Event(long timestamp, long arrival, Grant grant, Charge charge) {
        static final Comparator<Event> ORDER =
                Comparator.comparingLong(Event::timestamp).thenComparingLong(Event::arrival);
    }

    private final List<Event> events = new ArrayList<>(); // sorted by (timestamp, arrival)
    private final Map<String, Grant> grants = new HashMap<>();
    private final Map<String, Charge> charges = new HashMap<>();
    private TreeSet<Grant> live = new TreeSet<>(CONSUMPTION_ORDER); // replay state: usable grants
    private long arrivals = 0;

    // Level 1 ------------------------------------------------------------------------------------

    public boolean addGrant(String grantId, long amount, long timestamp, long expiresAt) {
        if (grants.containsKey(grantId) || amount <= 0 || expiresAt <= timestamp) {
            return false;
        }
        Grant grant = new Grant(grantId, amount, timestamp, expiresAt);
        grants.put(grantId, grant);
        record(new Event(timestamp, ++arrivals, grant, null));
        return true;
    }

    public boolean charge(String jobId, long amount, long timestamp) {
        if (charges.containsKey(jobId) || amount <= 0) {
            return false;
        }
        Charge charge = new Charge(amount, timestamp);
        charges.put(jobId, charge);
        record(new Event(timestamp, ++arrivals, null, charge));
        return charge.succeeded;
    }

    public long balance(long timestamp) {
        long total = 0;
        for (Grant g : grants.values()) {
            if (g.usableAt(timestamp)) {
                total += g.remainingAt(timestamp);
            }
        }
        return total;
    }

    // Level 2 ------------------------------------------------------------------------------------

    public Long grantBalance(String grantId, long timestamp) {
        Grant grant = grants.get(grantId);
        if (grant == null) {
            return null;
        }
        return grant.usableAt(timestamp) ? grant.remainingAt(timestamp) : 0L;
    }

    /** Return {@code id:remaining} for each usable grant with credit left, in consumption order. */
    public List<String> activeGrants(long timestamp) {
        List<Grant> usable = new ArrayList<>();
        for (Grant g : grants.values()) {
            if (g.usableAt(timestamp)) {
                usable.add(g);
            }
        }
        usable.sort(CONSUMPTION_ORDER);
        List<String> out = new ArrayList<>();
        for (Grant g : usable) {
            long left = g.remainingAt(timestamp);
            if (left > 0) {
                out.add(g.id + ":" + left);
            }
        }
        return out;
    }

    /** Return the credit usable at {@code timestamp} that expires by {@code timestamp + window}. */
    public long expiringWithin(long timestamp, long window) {
        long total = 0;
        for (Grant g : grants.values()) {
            if (g.usableAt(timestamp) && g.expiresAt <= timestamp + window) {
                total += g.remainingAt(timestamp);
            }
        }
        return total;
    }

    // Level 3 ------------------------------------------------------------------------------------

    public long chargedBetween(long start, long end) {
        long total = 0;
        for (Charge c : charges.values()) {
            if (c.succeeded && start <= c.timestamp && c.timestamp < end) {
                total += c.amount;
            }
        }
        return total;
    }

    /** Return the credit left unused in grants whose expiry falls in [start, end). */
    public long expiredBetween(long start, long end) {
        long total = 0;
        for (Grant g : grants.values()) {
            if (start <= g.expiresAt && g.expiresAt < end) {
                total += g.amount - g.drawn;
            }
        }
        return total;
    }

    // Level 4 ------------------------------------------------------------------------------------

    public Boolean chargeStatus(String jobId) {
        Charge charge = charges.get(jobId);
        return charge == null ? null : charge.succeeded;
    }

    // Replay -------------------------------------------------------------------------------------

    private void record(Event event) {
        if (events.isEmpty() || Event.ORDER.compare(events.get(events.size() - 1), event) <= 0) {
            events.add(event);
            apply(event); // in order: extend the replay
            return;
        }
        int index = 0;
        while (Event.ORDER.compare(events.get(index), event) <= 0) {
            index++;
        }
        events.add(index, event);
        replay(); // late: the history changed, recompute every outcome
    }

    private void replay() {
        live = new TreeSet<>(CONSUMPTION_ORDER);
        for (Grant g : grants.values()) {
            g.draws.clear();
            g.drawn = 0;
        }
        for (Event event : events) {
            apply(event);
        }
    }

    private void apply(Event event) {
        if (event.grant() != null) {
            live.add(event.grant());
            return;
        }
        Charge charge = event.charge();
        live.removeIf(g -> g.expiresAt <= charge.timestamp); // expired by now
        long available = 0;
        for (Grant g : live) {
            available += g.amount - g.drawn;
        }
        charge.succeeded = available >= charge.amount;
        if (!charge.succeeded) {
            return;
        }
        long needed = charge.amount;
        for (Grant g : new ArrayList<>(live)) {
            long take = Math.min(needed, g.amount - g.drawn);
            if (take > 0) {
                g.draws.add(new long[] {charge.timestamp, take});
                g.drawn += take;
                needed -= take;
            }
            if (g.drawn == g.amount) {
                live.remove(g);
            }
            if (needed == 0) {
                break;
            }
        }
    }
}
