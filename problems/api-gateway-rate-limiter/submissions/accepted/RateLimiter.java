import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An API gateway's rate limiter: per-client limits with three algorithms, and tenant quotas.
 *
 * <p>Reference solution for all four levels. Each limited party (a client, or from level 4 a
 * tenant) owns one {@link Limit} that answers two questions: how many requests it could admit now
 * ({@code available}) and "admit one" ({@code consume}). Asking first and consuming only when every
 * party agrees is what lets a request pass through several limits without leaking quota when one
 * of them says no.
 */
public class RateLimiter {

    private interface Limit {
        long available(long timestamp);

        void consume(long timestamp);
    }

    /** At most {@code limit} requests in each window {@code [k * window, (k + 1) * window)}. */
    private static final class FixedWindow implements Limit {
        private final long limit;
        private final long window;
        private long current = -1;
        private long count = 0;

        FixedWindow(long limit, long window) {
            this.limit = limit;
            this.window = window;
        }

        @Override
        public long available(long timestamp) {
            return limit - (timestamp / window == current ? count : 0);
        }

        @Override
        public void consume(long timestamp) {
            long index = timestamp / window;
            if (index != current) {
                current = index;
                count = 0;
            }
            count++;
        }
    }

    /** At most {@code limit} admitted requests with timestamps in {@code (t - window, t]}. */
    private static final class SlidingWindow implements Limit {
        private final long limit;
        private final long window;
        private final ArrayDeque<Long> admitted = new ArrayDeque<>();

        SlidingWindow(long limit, long window) {
            this.limit = limit;
            this.window = window;
        }

        @Override
        public long available(long timestamp) {
            while (!admitted.isEmpty() && admitted.peekFirst() <= timestamp - window) {
                admitted.pollFirst();
            }
            return limit - admitted.size();
        }

        @Override
        public void consume(long timestamp) {
            available(timestamp);
            admitted.addLast(timestamp);
        }
    }

    /**
     * Holds up to {@code limit} tokens, refilled continuously at {@code limit} tokens per {@code
     * window}. Tokens are counted in units of 1/window token, so refilling is exact integer
     * arithmetic: {@code limit} units per time unit, {@code window} units per token.
     */
    private static final class TokenBucket implements Limit {
        private final long window;
        private final long rate;
        private final long capacity;
        private long units;
        private Long last;

        TokenBucket(long limit, long window) {
            this.window = window;
            this.rate = limit;
            this.capacity = limit * window;
            this.units = capacity;
        }

        @Override
        public long available(long timestamp) {
            if (last != null) {
                units = Math.min(capacity, units + (timestamp - last) * rate);
            }
            last = timestamp;
            return units / window;
        }

        @Override
        public void consume(long timestamp) {
            available(timestamp);
            units -= window;
        }
    }

    private final long limit;
    private final long window;
    private final BiFunction<Long, Long, Limit> algorithm;
    private final Map<String, Limit> clients = new HashMap<>();
    /** client -> {allowed, rejected} */
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, Limit> tenants = new HashMap<>();
    private final Map<String, String> tenantOf = new HashMap<>();

    public RateLimiter(long limit, long window) {
        this(limit, window, "fixed_window");
    }

    public RateLimiter(long limit, long window, String algorithm) {
        this.limit = limit;
        this.window = window;
        this.algorithm =
                switch (algorithm) {
                    case "fixed_window" -> FixedWindow::new;
                    case "sliding_window" -> SlidingWindow::new;
                    case "token_bucket" -> TokenBucket::new;
                    default ->
                            throw new IllegalArgumentException(
                                    "unknown algorithm '"
                                            + algorithm
                                            + "': use fixed_window, sliding_window or token_bucket");
                };
    }

    // Level 1 ------------------------------------------------------------------------------------

    public boolean allow(String clientId, long timestamp) {
        List<Limit> limits = limits(clientId, true);
        boolean allowed = limits.stream().allMatch(l -> l.available(timestamp) >= 1);
        if (allowed) {
            limits.forEach(l -> l.consume(timestamp));
        }
        counts.computeIfAbsent(clientId, c -> new long[2])[allowed ? 0 : 1]++;
        return allowed;
    }

    public long remaining(String clientId, long timestamp) {
        return limits(clientId, false).stream()
                .mapToLong(l -> l.available(timestamp))
                .min()
                .orElseThrow();
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<Long> stats(String clientId) {
        long[] c = counts.getOrDefault(clientId, new long[2]);
        return List.of(c[0], c[1]);
    }

    public List<String> topRejected(int n) {
        return counts.entrySet().stream()
                .sorted(
                        Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1])
                                .thenComparing(Map.Entry::getKey))
                .limit(n)
                .map(e -> e.getKey() + "(" + e.getValue()[1] + ")")
                .toList();
    }

    // Level 4 ------------------------------------------------------------------------------------

    public boolean addTenant(String tenantId, long tenantLimit) {
        if (tenants.containsKey(tenantId)) {
            return false;
        }
        tenants.put(tenantId, algorithm.apply(tenantLimit, window));
        return true;
    }

    public boolean assignClient(String clientId, String tenantId) {
        if (!tenants.containsKey(tenantId)) {
            return false;
        }
        tenantOf.put(clientId, tenantId);
        return true;
    }

    public Long tenantRemaining(String tenantId, long timestamp) {
        Limit tenant = tenants.get(tenantId);
        return tenant == null ? null : tenant.available(timestamp);
    }

    // Internals ----------------------------------------------------------------------------------

    /** The limits a request from {@code clientId} must pass: its own, then its tenant's. */
    private List<Limit> limits(String clientId, boolean create) {
        Limit client = clients.get(clientId);
        if (client == null) {
            client = algorithm.apply(limit, window);
            if (create) {
                clients.put(clientId, client);
            }
        }
        List<Limit> limits = new ArrayList<>(List.of(client));
        String tenantId = tenantOf.get(clientId);
        if (tenantId != null) {
            limits.add(tenants.get(tenantId));
        }
        return limits;
    }
}
