/** Wrong: measures the longest run of consecutive improving checkpoints; a chain may skip some. */
public class ConsecutiveRun {
    public static int longestImprovingChain(int[] scores) {
        if (scores.length == 0) {
            return 0;
        }
        int best = 1;
        int run = 1;
        for (int i = 1; i < scores.length; i++) {
            run = scores[i] > scores[i - 1] ? run + 1 : 1;
            best = Math.max(best, run);
        }
        return best;
    }
}
