import java.util.HashMap;
import java.util.Map;

/**
 * Weighted union-find over currency ids: each currency stores its value in units of its parent, so
 * a query is the ratio of two values relative to the common root. O((p + q) * alpha) time.
 */
public class ExchangeRates {
    public static double[] exchangeRates(String[][] pairs, double[] rates, String[][] queries) {
        Map<String, Integer> ids = new HashMap<>();
        for (String[] pair : pairs) {
            ids.putIfAbsent(pair[0], ids.size());
            ids.putIfAbsent(pair[1], ids.size());
        }
        RatioForest forest = new RatioForest(ids.size());
        for (int i = 0; i < pairs.length; i++) {
            forest.union(ids.get(pairs[i][0]), ids.get(pairs[i][1]), rates[i]);
        }
        double[] answers = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            Integer x = ids.get(queries[i][0]);
            Integer y = ids.get(queries[i][1]);
            answers[i] = x == null || y == null ? -1.0 : forest.ratio(x, y);
        }
        return answers;
    }

    private static final class RatioForest {
        private final int[] parent;
        private final int[] size;
        private final double[] value; // one unit of c is worth value[c] units of parent[c]
        private final int[] path;

        RatioForest(int n) {
            parent = new int[n];
            size = new int[n];
            value = new double[n];
            path = new int[n];
            for (int c = 0; c < n; c++) {
                parent[c] = c;
                size[c] = 1;
                value[c] = 1.0;
            }
        }

        int find(int c) {
            int length = 0;
            while (parent[c] != c) {
                path[length++] = c;
                c = parent[c];
            }
            double toRoot = 1.0;
            for (int i = length - 1; i >= 0; i--) { // nearest the root first
                int node = path[i];
                toRoot *= value[node];
                value[node] = toRoot;
                parent[node] = c;
            }
            return c;
        }

        /** Records that one unit of a is worth rate units of b. */
        void union(int a, int b, double rate) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA == rootB) {
                return;
            }
            double link = rate * value[b] / value[a]; // one unit of rootA in units of rootB
            if (size[rootA] < size[rootB]) {
                parent[rootA] = rootB;
                value[rootA] = link;
                size[rootB] += size[rootA];
            } else {
                parent[rootB] = rootA;
                value[rootB] = 1.0 / link;
                size[rootA] += size[rootB];
            }
        }

        double ratio(int x, int y) {
            return find(x) == find(y) ? value[x] / value[y] : -1.0;
        }
    }
}
