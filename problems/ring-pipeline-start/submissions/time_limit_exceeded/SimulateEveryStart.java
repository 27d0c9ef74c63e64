/** Brute force: simulate the loop from every start until it fails. O(n^2) in the worst case. */
public class SimulateEveryStart {
    public static int firstViableStart(int[] grant, int[] spend) {
        int n = grant.length;
        for (int s = 0; s < n; s++) {
            long budget = 0;
            int hops = 0;
            while (hops < n) {
                int i = (s + hops) % n;
                budget += (long) grant[i] - spend[i];
                if (budget < 0) {
                    break;
                }
                hops++;
            }
            if (hops == n) {
                return s;
            }
        }
        return -1;
    }
}
