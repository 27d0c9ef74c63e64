/**
 * A small bank. Every method takes the current time as its first argument; across the calls of a
 * test, timestamps strictly increase.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods to this class; the earlier
 * ones must keep working, because the tests of every level run against your final code.
 */
public class Bank {

    /** Open an empty account; return false if {@code accountId} already exists. */
    public boolean createAccount(long timestamp, String accountId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Add {@code amount} to the account; return the new balance, or null if it does not exist. */
    public Long deposit(long timestamp, String accountId, long amount) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Take {@code amount} out of the account; return the new balance, or null if the account does
     * not exist or holds less than {@code amount}.
     */
    public Long withdraw(long timestamp, String accountId, long amount) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Move {@code amount} from source to target; return the source's new balance, or null if
     * either account is missing, they are the same account, or the source holds too little.
     */
    public Long transfer(long timestamp, String sourceId, String targetId, long amount) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the account's balance, or null if it does not exist. */
    public Long balance(long timestamp, String accountId) {
        throw new UnsupportedOperationException("TODO");
    }
}
