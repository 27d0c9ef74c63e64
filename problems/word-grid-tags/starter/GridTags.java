import java.util.List;

public class GridTags {
    /** Returns the tags that can be traced through side-adjacent cells (no cell twice), each once, sorted. */
    public static List<String> findTags(String[] grid, String[] tags) {
        throw new UnsupportedOperationException("not implemented");
    }
}
