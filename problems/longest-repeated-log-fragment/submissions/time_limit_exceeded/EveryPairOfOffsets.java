/** Brute force: the common prefix of every pair of offsets: O(n^2 * common length). */
public class EveryPairOfOffsets {
    public static String longestRepeatedFragment(String line) {
        int n = line.length();
        int bestLength = 0;
        int bestStart = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int k = 0;
                while (j + k < n && line.charAt(i + k) == line.charAt(j + k)) {
                    k++;
                }
                if (k > bestLength) { // i ascending: the first pair of a length has the earliest start
                    bestLength = k;
                    bestStart = i;
                }
            }
        }
        return line.substring(bestStart, bestStart + bestLength);
    }
}
