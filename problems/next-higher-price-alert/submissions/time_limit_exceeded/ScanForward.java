/** Brute force: from every day, scan forward for the first higher price: O(n^2) on falling prices. */
public class ScanForward {
    public static int[] daysUntilHigher(int[] prices) {
        int n = prices.length;
        int[] wait = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (prices[j] > prices[i]) {
                    wait[i] = j - i;
                    break;
                }
            }
        }
        return wait;
    }
}
