/** Wrong: multiplies in int, which overflows once a block passes 2^31 GPU-hours. */
public class IntArea {
    public static long largestReservation(int[] freeGpus) {
        int n = freeGpus.length;
        int[] stack = new int[n + 1];
        int size = 0;
        int best = 0;
        for (int i = 0; i <= n; i++) {
            int height = i < n ? freeGpus[i] : -1;
            while (size > 0 && freeGpus[stack[size - 1]] >= height) {
                int top = stack[--size];
                int left = size > 0 ? stack[size - 1] + 1 : 0;
                best = Math.max(best, freeGpus[top] * (i - left));
            }
            stack[size++] = i;
        }
        return best;
    }
}
