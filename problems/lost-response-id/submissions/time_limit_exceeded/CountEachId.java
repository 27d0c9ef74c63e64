/** Brute force: for each entry, look for its partner elsewhere in the log: O(n^2). */
public class CountEachId {
    public static int lostRequest(int[] log) {
        for (int i = 0; i < log.length; i++) {
            boolean partner = false;
            for (int j = 0; j < log.length && !partner; j++) {
                partner = j != i && log[j] == log[i];
            }
            if (!partner) {
                return log[i];
            }
        }
        throw new IllegalArgumentException("every id has a partner");
    }
}
