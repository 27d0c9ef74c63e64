import java.util.List;

public class FlagSets {
    /** Returns every distinct ascending combination of costs (each flag at most once) summing to budget, lexicographically. */
    public static List<List<Integer>> flagSets(int[] costs, int budget) {
        throw new UnsupportedOperationException("not implemented");
    }
}
