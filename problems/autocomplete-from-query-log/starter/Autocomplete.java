import java.util.List;

public class Autocomplete {
    /** For each prefix, the number of log entries that start with it. */
    public static int[] prefixCounts(String[] queries, String[] prefixes) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** For each prefix, the most searched query starting with it (ties: smallest), or "". */
    public static List<String> topCompletion(String[] queries, String[] prefixes) {
        throw new UnsupportedOperationException("not implemented");
    }
}
