import java.util.List;

public class AllTerms {
    /** For each query, the ascending ids of the documents containing every one of its terms. */
    public static List<List<Integer>> matchingDocuments(String[][] documents, String[][] queries) {
        throw new UnsupportedOperationException("not implemented");
    }
}
