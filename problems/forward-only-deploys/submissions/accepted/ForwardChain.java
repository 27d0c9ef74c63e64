import java.util.Arrays;

/** Longest strictly increasing subsequence by patience sorting, O(n log n). */
public class ForwardChain {
    public static int longestForwardChain(int[] builds) {
        // tails[k] = the smallest last build of any increasing chain of length k + 1 seen so far
        int[] tails = new int[builds.length];
        int length = 0;
        for (int build : builds) {
            int k = Arrays.binarySearch(tails, 0, length, build);
            if (k < 0) {
                k = -k - 1; // insertion point; an equal build (k >= 0) replaces itself
            }
            tails[k] = build;
            if (k == length) {
                length++;
            }
        }
        return length;
    }
}
