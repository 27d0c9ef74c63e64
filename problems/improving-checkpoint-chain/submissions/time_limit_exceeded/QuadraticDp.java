/** Brute force: best[i] = 1 + the best chain ending at an earlier, lower score. O(n^2). */
public class QuadraticDp {
    public static int longestImprovingChain(int[] scores) {
        int n = scores.length;
        int[] best = new int[n];
        int answer = 0;
        for (int i = 0; i < n; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (scores[j] < scores[i] && best[j] + 1 > best[i]) {
                    best[i] = best[j] + 1;
                }
            }
            answer = Math.max(answer, best[i]);
        }
        return answer;
    }
}
