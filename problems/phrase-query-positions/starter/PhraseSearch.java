import java.util.List;

public class PhraseSearch {
    /** For each phrase, the ascending ids of the documents containing its tokens consecutively. */
    public static List<List<Integer>> phraseMatches(String[][] documents, String[][] phrases) {
        throw new UnsupportedOperationException("not implemented");
    }
}
