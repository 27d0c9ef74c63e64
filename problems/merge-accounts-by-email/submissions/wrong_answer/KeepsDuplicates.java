import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wrong: collects every listed address per person, so a repeated address appears twice. */
public class KeepsDuplicates {
    public static List<List<String>> mergeAccounts(List<List<String>> accounts) {
        int[] parent = new int[accounts.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            for (String address : accounts.get(i)) {
                Integer first = owner.putIfAbsent(address, i);
                if (first != null) {
                    parent[find(parent, i)] = find(parent, first);
                }
            }
        }
        Map<Integer, List<String>> people = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            people.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).addAll(accounts.get(i));
        }
        List<List<String>> result = new ArrayList<>();
        for (List<String> addresses : people.values()) {
            addresses.sort(Comparator.naturalOrder());
            result.add(addresses);
        }
        result.sort(Comparator.comparing(addresses -> addresses.get(0)));
        return result;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
