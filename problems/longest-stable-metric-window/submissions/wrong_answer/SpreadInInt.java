/** Wrong: computes the spread max - min in int, which overflows for readings far apart. */
public class SpreadInInt {
    public static int longestStableWindow(int[] readings, long tolerance) {
        int n = readings.length;
        int[] maxQ = new int[n];
        int[] minQ = new int[n];
        int maxHead = 0, maxTail = 0, minHead = 0, minTail = 0;
        int left = 0;
        int best = 0;
        for (int right = 0; right < n; right++) {
            int value = readings[right];
            while (maxTail > maxHead && readings[maxQ[maxTail - 1]] <= value) {
                maxTail--;
            }
            maxQ[maxTail++] = right;
            while (minTail > minHead && readings[minQ[minTail - 1]] >= value) {
                minTail--;
            }
            minQ[minTail++] = right;
            while (readings[maxQ[maxHead]] - readings[minQ[minHead]] > tolerance) {
                left++;
                if (maxQ[maxHead] < left) {
                    maxHead++;
                }
                if (minQ[minHead] < left) {
                    minHead++;
                }
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
