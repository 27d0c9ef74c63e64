/**
 * Brute force. The machines needed equal the most jobs running at one instant, and that maximum is
 * reached at some job's start: count, for every job, the jobs running at its start (O(n^2)). The
 * assignment scans the machines in number order for the first free one (O(n * machines)).
 */
public class EveryPair {
    public static int minMachines(long[] starts, long[] durations) {
        int best = 0;
        for (int j = 0; j < starts.length; j++) {
            int running = 0;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= starts[j] && starts[j] < starts[i] + durations[i]) {
                    running++;
                }
            }
            best = Math.max(best, running);
        }
        return best;
    }

    public static int[] assignMachines(long[] starts, long[] durations) {
        int n = starts.length;
        int[] machine = new int[n];
        long[] freeAt = new long[n];
        boolean[] done = new boolean[n];
        int opened = 0;
        for (int step = 0; step < n; step++) {
            int next = -1; // the earliest-starting job not yet placed, lowest index on ties
            for (int i = 0; i < n; i++) {
                if (!done[i] && (next < 0 || starts[i] < starts[next])) {
                    next = i;
                }
            }
            done[next] = true;
            int m = 0;
            while (m < opened && freeAt[m] > starts[next]) {
                m++;
            }
            if (m == opened) {
                opened++;
            }
            machine[next] = m;
            freeAt[m] = starts[next] + durations[next];
        }
        return machine;
    }
}
