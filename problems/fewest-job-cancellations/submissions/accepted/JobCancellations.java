import java.util.Arrays;

/**
 * Earliest finish first: keep every job that starts once the last kept one has ended. Times are
 * epoch milliseconds, so they are compared as longs (never by subtracting them into an int).
 * O(n log n) for the sort, one pass after it.
 */
public class JobCancellations {
    public static int fewestCancellations(long[][] jobs) {
        long[][] byEnd = jobs.clone();
        Arrays.sort(byEnd, (a, b) -> Long.compare(a[1], b[1]));
        int kept = 0;
        long freeAt = Long.MIN_VALUE; // end of the last job kept
        for (long[] job : byEnd) {
            if (job[0] >= freeAt) { // half-open: touching is not overlapping
                kept++;
                freeAt = job[1];
            }
        }
        return jobs.length - kept;
    }
}
