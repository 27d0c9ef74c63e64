/** Brute force: recursion over the first piece without memoisation: exponential in the length. */
public class TryEveryCut {
    private static final int MOD = 1_000_000_007;

    public static int countReadings(String digits, int maxId) {
        return (int) count(digits, 0, maxId);
    }

    private static long count(String digits, int start, int maxId) {
        if (start == digits.length()) {
            return 1;
        }
        if (digits.charAt(start) == '0') {
            return 0;
        }
        long total = 0;
        long value = 0;
        for (int j = start; j < digits.length(); j++) {
            value = value * 10 + (digits.charAt(j) - '0');
            if (value > maxId) {
                break;
            }
            total = (total + count(digits, j + 1, maxId)) % MOD;
        }
        return total;
    }
}
