import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Wrong: merges posting lists of boxed Integers and compares them with ==. That compares object
 * identity; it happens to work for ids up to 127 (the Integer cache) and misses every match above.
 */
public class BoxedIdEquality {
    public static List<List<Integer>> matchingDocuments(String[][] documents, String[][] queries) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int doc = 0; doc < documents.length; doc++) {
            for (String term : documents[doc]) {
                List<Integer> list = postings.computeIfAbsent(term, t -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != doc) {
                    list.add(doc);
                }
            }
        }
        List<List<Integer>> answers = new ArrayList<>();
        for (String[] query : queries) {
            List<List<Integer>> lists = new ArrayList<>();
            for (String term : new LinkedHashSet<>(List.of(query))) {
                lists.add(postings.getOrDefault(term, List.of()));
            }
            if (lists.isEmpty()) {
                List<Integer> all = new ArrayList<>();
                for (int doc = 0; doc < documents.length; doc++) {
                    all.add(doc);
                }
                answers.add(all);
                continue;
            }
            lists.sort(Comparator.comparingInt(List::size));
            List<Integer> result = lists.get(0);
            for (int k = 1; k < lists.size(); k++) {
                result = merge(result, lists.get(k));
            }
            answers.add(result);
        }
        return answers;
    }

    private static List<Integer> merge(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i) == b.get(j)) {
                out.add(a.get(i));
                i++;
                j++;
            } else if (a.get(i) < b.get(j)) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
