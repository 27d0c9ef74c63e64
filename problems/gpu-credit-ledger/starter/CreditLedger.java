/**
 * A ledger of GPU credit grants that expire, and of the jobs that consume them.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods; the earlier ones must
 * keep working, because the tests of every level run against your final code.
 */
public class CreditLedger {

    /**
     * Record {@code amount} credits usable from {@code timestamp} until just before {@code
     * expiresAt}; return false, recording nothing, for a used grant id, amount <= 0 or expiresAt <=
     * timestamp.
     */
    public boolean addGrant(String grantId, long amount, long timestamp, long expiresAt) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Charge {@code amount} credits at {@code timestamp}, soonest-expiring grants first, all or
     * nothing; return whether it was paid. A used job id or amount <= 0 gives false.
     */
    public boolean charge(String jobId, long amount, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the credit left in the grants usable at {@code timestamp}. */
    public long balance(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }
}
