import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Brute force: while any two groups share an address, merge them and start over: O(n^3). */
public class MergeUntilStable {
    public static List<List<String>> mergeAccounts(List<List<String>> accounts) {
        List<TreeSet<String>> groups = new ArrayList<>();
        for (List<String> addresses : accounts) {
            groups.add(new TreeSet<>(addresses));
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    if (!Collections.disjoint(groups.get(i), groups.get(j))) {
                        groups.get(i).addAll(groups.remove(j));
                        merged = true;
                        break search;
                    }
                }
            }
        }
        List<List<String>> result = new ArrayList<>();
        for (TreeSet<String> group : groups) {
            result.add(new ArrayList<>(group));
        }
        result.sort(Comparator.comparing(addresses -> addresses.get(0)));
        return result;
    }
}
