/** Wrong: greedily keeps every build larger than the last kept one, starting from the first. */
public class GreedyFromFirst {
    public static int longestForwardChain(int[] builds) {
        if (builds.length == 0) {
            return 0;
        }
        int length = 1;
        int last = builds[0];
        for (int build : builds) {
            if (build > last) {
                length++;
                last = build;
            }
        }
        return length;
    }
}
