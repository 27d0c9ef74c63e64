/**
 * ways[i] = readings of the first i digits, pushed forward: from each start with a non-zero digit,
 * extend the piece while its value stays within maxId. O(n * d) time, O(n) space.
 */
public class Readings {
    private static final int MOD = 1_000_000_007;

    public static int countReadings(String digits, int maxId) {
        int n = digits.length();
        int[] ways = new int[n + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            if (ways[i] == 0 || digits.charAt(i) == '0') {
                continue;
            }
            long value = 0;
            for (int j = i; j < n; j++) {
                value = value * 10 + (digits.charAt(j) - '0');
                if (value > maxId) {
                    break;
                }
                ways[j + 1] = (ways[j + 1] + ways[i]) % MOD;
            }
        }
        return ways[n];
    }
}
