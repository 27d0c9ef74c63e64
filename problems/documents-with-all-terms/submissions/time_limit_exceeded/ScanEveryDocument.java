import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Brute force: for every query, test every document's term set: O(queries * documents). */
public class ScanEveryDocument {
    public static List<List<Integer>> matchingDocuments(String[][] documents, String[][] queries) {
        List<Set<String>> termSets = new ArrayList<>();
        for (String[] terms : documents) {
            termSets.add(new HashSet<>(Arrays.asList(terms)));
        }
        List<List<Integer>> answers = new ArrayList<>();
        for (String[] query : queries) {
            List<String> wanted = Arrays.asList(query);
            List<Integer> hits = new ArrayList<>();
            for (int doc = 0; doc < documents.length; doc++) {
                if (termSets.get(doc).containsAll(wanted)) {
                    hits.add(doc);
                }
            }
            answers.add(hits);
        }
        return answers;
    }
}
