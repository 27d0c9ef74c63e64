/** Brute force: chain[i] = 1 + the longest chain ending at an earlier, smaller build: O(n^2). */
public class QuadraticDp {
    public static int longestForwardChain(int[] builds) {
        int[] chain = new int[builds.length];
        int best = 0;
        for (int i = 0; i < builds.length; i++) {
            chain[i] = 1;
            for (int j = 0; j < i; j++) {
                if (builds[j] < builds[i] && chain[j] + 1 > chain[i]) {
                    chain[i] = chain[j] + 1;
                }
            }
            best = Math.max(best, chain[i]);
        }
        return best;
    }
}
