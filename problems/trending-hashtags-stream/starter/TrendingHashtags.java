import java.util.List;

public class TrendingHashtags {
    /**
     * Returns, after each batch, the k hashtags with the most uses so far: highest count first,
     * ties in lexicographic order.
     */
    public static List<List<String>> trendingAfterBatches(String[][] batches, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
