import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merge records sharing an address with union-find: O(total addresses * alpha + sorting). */
public class Accounts {
    public static List<List<String>> mergeAccounts(List<List<String>> accounts) {
        int[] parent = new int[accounts.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> owner = new HashMap<>(); // address -> the first record listing it
        for (int i = 0; i < accounts.size(); i++) {
            for (String address : accounts.get(i)) {
                Integer first = owner.putIfAbsent(address, i);
                if (first != null) {
                    int a = find(parent, i);
                    int b = find(parent, first);
                    if (a != b) {
                        parent[a] = b;
                    }
                }
            }
        }
        Map<Integer, List<String>> people = new HashMap<>();
        for (Map.Entry<String, Integer> entry : owner.entrySet()) { // each address once
            people.computeIfAbsent(find(parent, entry.getValue()), k -> new ArrayList<>()).add(entry.getKey());
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
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }
}
