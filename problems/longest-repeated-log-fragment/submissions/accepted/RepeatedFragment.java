import java.util.HashMap;
import java.util.Map;

/**
 * Binary search on the length, with a double rolling hash to find repeated substrings of one length
 * in O(n): O(n log n) in all. A length-L repeat implies a length-(L - 1) repeat (its prefix), so the
 * lengths that repeat are 1..answer and binary search applies.
 */
public class RepeatedFragment {
    private static final long MOD_A = 1_000_000_007L;
    private static final long MOD_B = 998_244_353L;
    private static final long BASE = 131L;

    public static String longestRepeatedFragment(String line) {
        int n = line.length();
        long[] prefixA = new long[n + 1];
        long[] prefixB = new long[n + 1];
        long[] powerA = new long[n + 1];
        long[] powerB = new long[n + 1];
        powerA[0] = 1;
        powerB[0] = 1;
        for (int i = 0; i < n; i++) {
            prefixA[i + 1] = (prefixA[i] * BASE + line.charAt(i)) % MOD_A;
            prefixB[i + 1] = (prefixB[i] * BASE + line.charAt(i)) % MOD_B;
            powerA[i + 1] = powerA[i] * BASE % MOD_A;
            powerB[i + 1] = powerB[i] * BASE % MOD_B;
        }
        int lo = 0; // the answer's length lies in [lo, hi]; length 0 always "repeats"
        int hi = Math.max(0, n - 1);
        int start = 0;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int found = earliestRepeat(n, mid, prefixA, prefixB, powerA, powerB);
            if (found >= 0) {
                lo = mid;
                start = found;
            } else {
                hi = mid - 1;
            }
        }
        return line.substring(start, start + lo);
    }

    /** Start of the earliest first occurrence of a substring of this length that occurs twice, or -1. */
    private static int earliestRepeat(int n, int length, long[] prefixA, long[] prefixB, long[] powerA, long[] powerB) {
        Map<Long, Integer> first = new HashMap<>(2 * (n - length + 1));
        int best = -1;
        for (int i = 0; i + length <= n; i++) {
            long a = Math.floorMod(prefixA[i + length] - prefixA[i] * powerA[length] % MOD_A, MOD_A);
            long b = Math.floorMod(prefixB[i + length] - prefixB[i] * powerB[length] % MOD_B, MOD_B);
            Integer j = first.putIfAbsent(a * MOD_B + b, i);
            if (j != null && (best == -1 || j < best)) {
                best = j;
            }
        }
        return best;
    }
}
