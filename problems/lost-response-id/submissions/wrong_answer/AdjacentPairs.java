/** Wrong: assumes each response directly follows its request in the log. */
public class AdjacentPairs {
    public static int lostRequest(int[] log) {
        int i = 0;
        while (i + 1 < log.length && log[i] == log[i + 1]) {
            i += 2;
        }
        return log[i];
    }
}
