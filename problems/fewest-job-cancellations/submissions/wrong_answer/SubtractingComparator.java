import java.util.Arrays;

/**
 * Wrong: sorts by end with the comparator (int) (a[1] - b[1]). Ends more than about 24.8 days apart
 * (2^31 ms) wrap around in the cast, the order is wrong, and so is the greedy.
 */
public class SubtractingComparator {
    public static int fewestCancellations(long[][] jobs) {
        long[][] byEnd = jobs.clone();
        Arrays.sort(byEnd, (a, b) -> (int) (a[1] - b[1]));
        int kept = 0;
        long freeAt = Long.MIN_VALUE;
        for (long[] job : byEnd) {
            if (job[0] >= freeAt) {
                kept++;
                freeAt = job[1];
            }
        }
        return jobs.length - kept;
    }
}
