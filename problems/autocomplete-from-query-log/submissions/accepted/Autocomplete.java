import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Autocomplete over a query log with a trie that keeps counts and the best completion per node. */
public class Autocomplete {
    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        int count;          // log entries passing through this node
        String best = "";   // most searched query below (ties: smallest)
        int bestCount;
    }

    public static int[] prefixCounts(String[] queries, String[] prefixes) {
        Node root = build(queries);
        int[] counts = new int[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            Node node = walk(root, prefixes[i]);
            counts[i] = node == null ? 0 : node.count;
        }
        return counts;
    }

    public static List<String> topCompletion(String[] queries, String[] prefixes) {
        Node root = build(queries);
        List<String> result = new ArrayList<>();
        for (String prefix : prefixes) {
            Node node = walk(root, prefix);
            result.add(node == null || node.bestCount == 0 ? "" : node.best);
        }
        return result;
    }

    private static Node build(String[] queries) {
        Map<String, Integer> times = new HashMap<>();
        for (String query : queries) {
            times.merge(query, 1, Integer::sum);
        }
        Node root = new Node();
        for (Map.Entry<String, Integer> entry : times.entrySet()) {
            String query = entry.getKey();
            int t = entry.getValue();
            Node node = root;
            update(node, query, t);
            for (int i = 0; i < query.length(); i++) {
                node = node.children.computeIfAbsent(query.charAt(i), c -> new Node());
                update(node, query, t);
            }
        }
        return root;
    }

    private static void update(Node node, String query, int times) {
        node.count += times;
        if (times > node.bestCount || (times == node.bestCount && query.compareTo(node.best) < 0)) {
            node.best = query;
            node.bestCount = times;
        }
    }

    private static Node walk(Node root, String prefix) {
        Node node = root;
        for (int i = 0; i < prefix.length() && node != null; i++) {
            node = node.children.get(prefix.charAt(i));
        }
        return node;
    }
}
