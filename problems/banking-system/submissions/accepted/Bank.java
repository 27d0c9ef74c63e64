import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A bank: accounts, transfers, spending statistics, scheduled payments, holds and merges.
 *
 * <p>Reference solution for all four levels. Payments and holds refer to their account by id,
 * never by copying its balance, so a merge (level 4) only has to re-point the ids of the merged
 * account. Every public call first settles the payments that fell due before it.
 */
public class Bank {

    /** One line of an account's history; {@code seq} orders entries with equal timestamps. */
    private record Entry(long seq, long timestamp, String kind, long amount) {
        @Override
        public String toString() {
            return timestamp + ":" + kind + ":" + amount;
        }
    }

    private static final class Account {
        final String id;
        long balance;
        /** Money that left the bank: withdrawals, transfers out, payments, captures. */
        long outgoing;
        List<Entry> history = new ArrayList<>();

        Account(String id) {
            this.id = id;
        }
    }

    private static final class Payment {
        final String id;
        String accountId;
        final long amount;
        final long due;
        final long order;
        String status = "scheduled";

        Payment(String id, String accountId, long amount, long due, long order) {
            this.id = id;
            this.accountId = accountId;
            this.amount = amount;
            this.due = due;
            this.order = order;
        }
    }

    private static final class Hold {
        String accountId;
        final long amount;
        boolean open = true;

        Hold(String accountId, long amount) {
            this.accountId = accountId;
            this.amount = amount;
        }
    }

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final PriorityQueue<Payment> dueQueue =
            new PriorityQueue<>(
                    Comparator.comparingLong((Payment p) -> p.due).thenComparingLong(p -> p.order));
    private final Map<String, Hold> holds = new HashMap<>();
    private long entries = 0;

    // Level 1 ------------------------------------------------------------------------------------

    public boolean createAccount(long timestamp, String accountId) {
        settle(timestamp);
        if (accounts.containsKey(accountId)) {
            return false;
        }
        accounts.put(accountId, new Account(accountId));
        return true;
    }

    public Long deposit(long timestamp, String accountId, long amount) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        if (account == null) {
            return null;
        }
        credit(account, timestamp, "deposit", amount);
        return account.balance;
    }

    public Long withdraw(long timestamp, String accountId, long amount) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        if (account == null || account.balance < amount) {
            return null;
        }
        debit(account, timestamp, "withdraw", amount);
        return account.balance;
    }

    public Long transfer(long timestamp, String sourceId, String targetId, long amount) {
        settle(timestamp);
        Account source = accounts.get(sourceId);
        Account target = accounts.get(targetId);
        if (source == null || target == null || source == target || source.balance < amount) {
            return null;
        }
        debit(source, timestamp, "transfer_out", amount);
        credit(target, timestamp, "transfer_in", amount);
        return source.balance;
    }

    public Long balance(long timestamp, String accountId) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        return account == null ? null : account.balance;
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<String> topSpenders(long timestamp, int n) {
        settle(timestamp);
        return accounts.values().stream()
                .sorted(
                        Comparator.comparingLong((Account a) -> -a.outgoing)
                                .thenComparing(a -> a.id))
                .limit(n)
                .map(a -> a.id + "(" + a.outgoing + ")")
                .toList();
    }

    public List<String> history(long timestamp, String accountId) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        return account == null ? null : account.history.stream().map(Entry::toString).toList();
    }

    // Level 3 ------------------------------------------------------------------------------------

    public String schedulePayment(long timestamp, String accountId, long amount, long delay) {
        settle(timestamp);
        if (!accounts.containsKey(accountId)) {
            return null;
        }
        int number = payments.size() + 1;
        Payment payment =
                new Payment("payment" + number, accountId, amount, timestamp + delay, number);
        payments.put(payment.id, payment);
        dueQueue.add(payment);
        return payment.id;
    }

    public boolean cancelPayment(long timestamp, String accountId, String paymentId) {
        settle(timestamp);
        Payment payment = payments.get(paymentId);
        if (payment == null
                || !payment.accountId.equals(accountId)
                || !payment.status.equals("scheduled")) {
            return false;
        }
        payment.status = "canceled";
        return true;
    }

    public String paymentStatus(long timestamp, String accountId, String paymentId) {
        settle(timestamp);
        Payment payment = payments.get(paymentId);
        if (payment == null || !payment.accountId.equals(accountId)) {
            return null;
        }
        return payment.status;
    }

    public String hold(long timestamp, String accountId, long amount) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        if (account == null || account.balance < amount) {
            return null;
        }
        account.balance -= amount; // set aside: no longer spendable, not yet spent
        String id = "hold" + (holds.size() + 1);
        holds.put(id, new Hold(accountId, amount));
        return id;
    }

    public boolean releaseHold(long timestamp, String holdId) {
        settle(timestamp);
        Hold hold = closeHold(holdId);
        if (hold == null) {
            return false;
        }
        accounts.get(hold.accountId).balance += hold.amount;
        return true;
    }

    public boolean captureHold(long timestamp, String holdId) {
        settle(timestamp);
        Hold hold = closeHold(holdId);
        if (hold == null) {
            return false;
        }
        Account account = accounts.get(hold.accountId);
        account.balance += hold.amount; // the held money comes back only to leave for good
        debit(account, timestamp, "capture", hold.amount);
        return true;
    }

    // Level 4 ------------------------------------------------------------------------------------

    /** Fold {@code otherId} into {@code accountId}: money, spending, history, payments and holds. */
    public boolean mergeAccounts(long timestamp, String accountId, String otherId) {
        settle(timestamp);
        Account account = accounts.get(accountId);
        Account other = accounts.get(otherId);
        if (account == null || other == null || account == other) {
            return false;
        }
        account.balance += other.balance;
        account.outgoing += other.outgoing;
        List<Entry> merged = new ArrayList<>(account.history);
        merged.addAll(other.history);
        merged.sort(Comparator.comparingLong(Entry::seq));
        account.history = merged;
        for (Payment payment : payments.values()) {
            if (payment.accountId.equals(otherId)) {
                payment.accountId = accountId;
            }
        }
        for (Hold hold : holds.values()) {
            if (hold.accountId.equals(otherId)) {
                hold.accountId = accountId;
            }
        }
        accounts.remove(otherId);
        return true;
    }

    // Internals ----------------------------------------------------------------------------------

    /** Execute, in due order, every scheduled payment due at or before {@code timestamp}. */
    private void settle(long timestamp) {
        while (!dueQueue.isEmpty() && dueQueue.peek().due <= timestamp) {
            Payment payment = dueQueue.poll();
            if (!payment.status.equals("scheduled")) {
                continue;
            }
            Account account = accounts.get(payment.accountId);
            if (account.balance < payment.amount) {
                payment.status = "failed";
                continue;
            }
            debit(account, payment.due, "payment", payment.amount);
            payment.status = "paid";
        }
    }

    private Hold closeHold(String holdId) {
        Hold hold = holds.get(holdId);
        if (hold == null || !hold.open) {
            return null;
        }
        hold.open = false;
        return hold;
    }

    private void credit(Account account, long timestamp, String kind, long amount) {
        account.balance += amount;
        record(account, timestamp, kind, amount);
    }

    private void debit(Account account, long timestamp, String kind, long amount) {
        account.balance -= amount;
        account.outgoing += amount;
        record(account, timestamp, kind, amount);
    }

    private void record(Account account, long timestamp, String kind, long amount) {
        entries++;
        account.history.add(new Entry(entries, timestamp, kind, amount));
    }
}
