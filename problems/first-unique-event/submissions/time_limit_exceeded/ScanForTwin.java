/** Brute force: for each attempt, scan the log for a second occurrence: O(n^2) in the worst case. */
public class ScanForTwin {
    public static int firstUniqueEvent(int[] events) {
        for (int i = 0; i < events.length; i++) {
            boolean twin = false;
            for (int j = 0; j < events.length && !twin; j++) {
                twin = j != i && events[j] == events[i];
            }
            if (!twin) {
                return i;
            }
        }
        return -1;
    }
}
