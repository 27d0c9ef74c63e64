import java.util.HashMap;
import java.util.Map;

public class Ledger {
    private final Map<String, Long> balances = new HashMap<>();

    public long deposit(String account, long amount) {
        return balances.merge(account, amount, Long::sum);
    }

    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }
}
