/** Largest rectangle under a histogram with a monotonic stack, O(n). */
public class Reservation {
    public static long largestReservation(int[] freeGpus) {
        int n = freeGpus.length;
        int[] stack = new int[n]; // indices of hours with increasing free counts
        int size = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int height = i < n ? freeGpus[i] : -1; // -1 flushes the stack at the end
            while (size > 0 && freeGpus[stack[size - 1]] >= height) {
                int top = stack[--size];
                int left = size > 0 ? stack[size - 1] + 1 : 0;
                best = Math.max(best, (long) freeGpus[top] * (i - left));
            }
            if (i < n) {
                stack[size++] = i;
            }
        }
        return best;
    }
}
