import java.util.List;

public class AnagramGroups {
    /** Groups tokens that are rearrangements of each other; groups by first appearance, tokens in input order. */
    public static List<List<String>> groupAnagrams(String[] tokens) {
        throw new UnsupportedOperationException("not implemented");
    }
}
