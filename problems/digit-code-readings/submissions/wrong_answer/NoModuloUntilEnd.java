/** Wrong: adds the counts in a long and reduces only at the end; the long overflows. */
public class NoModuloUntilEnd {
    public static int countReadings(String digits, int maxId) {
        int n = digits.length();
        long[] ways = new long[n + 1];
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
                ways[j + 1] += ways[i];
            }
        }
        return (int) Math.floorMod(ways[n], 1_000_000_007L);
    }
}
