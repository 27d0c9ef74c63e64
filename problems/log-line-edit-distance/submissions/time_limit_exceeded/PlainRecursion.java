/** Brute force: the recurrence without memoisation, exponential in the lengths. */
public class PlainRecursion {
    public static int editDistance(String a, String b) {
        return distance(a, 0, b, 0);
    }

    private static int distance(String a, int i, String b, int j) {
        if (i == a.length()) {
            return b.length() - j;
        }
        if (j == b.length()) {
            return a.length() - i;
        }
        if (a.charAt(i) == b.charAt(j)) {
            return distance(a, i + 1, b, j + 1);
        }
        return 1 + Math.min(distance(a, i + 1, b, j + 1),
                Math.min(distance(a, i + 1, b, j), distance(a, i, b, j + 1)));
    }
}
