import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Wrong: an empty query matches no document (it should match every one: it has no term to miss). */
public class EmptyQueryMatchesNothing {
    public static List<List<Integer>> matchingDocuments(String[][] documents, String[][] queries) {
        Map<String, List<Integer>> built = new HashMap<>();
        for (int doc = 0; doc < documents.length; doc++) {
            for (String term : documents[doc]) {
                List<Integer> list = built.computeIfAbsent(term, t -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != doc) { // a term twice in one document
                    list.add(doc);
                }
            }
        }
        Map<String, int[]> postings = new HashMap<>(); // ascending document ids per term
        built.forEach((term, list) -> postings.put(term, list.stream().mapToInt(Integer::intValue).toArray()));

        List<List<Integer>> answers = new ArrayList<>();
        for (String[] query : queries) {
            List<int[]> lists = new ArrayList<>();
            for (String term : new LinkedHashSet<>(Arrays.asList(query))) {
                lists.add(postings.getOrDefault(term, new int[0]));
            }
            int[] result;
            if (lists.isEmpty()) {
                result = new int[0];
            } else {
                lists.sort(Comparator.comparingInt(list -> list.length));
                result = lists.get(0);
                for (int k = 1; k < lists.size() && result.length > 0; k++) {
                    result = keepPresent(result, lists.get(k));
                }
            }
            answers.add(Arrays.stream(result).boxed().toList());
        }
        return answers;
    }

    /** The ids of `small` that also occur in `large` (both ascending): O(|small| log |large|). */
    private static int[] keepPresent(int[] small, int[] large) {
        int[] kept = new int[small.length];
        int count = 0;
        for (int id : small) {
            if (Arrays.binarySearch(large, id) >= 0) {
                kept[count++] = id;
            }
        }
        return Arrays.copyOf(kept, count);
    }
}
