import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Brute force: a breadth-first search over the rate graph for every query: O(q * (p + n)). */
public class BfsPerQuery {
    record Edge(String to, double rate) {}

    public static double[] exchangeRates(String[][] pairs, double[] rates, String[][] queries) {
        Map<String, List<Edge>> graph = new HashMap<>();
        for (int i = 0; i < pairs.length; i++) {
            graph.computeIfAbsent(pairs[i][0], k -> new ArrayList<>()).add(new Edge(pairs[i][1], rates[i]));
            graph.computeIfAbsent(pairs[i][1], k -> new ArrayList<>()).add(new Edge(pairs[i][0], 1.0 / rates[i]));
        }
        double[] answers = new double[queries.length];
        for (int q = 0; q < queries.length; q++) {
            String x = queries[q][0];
            String y = queries[q][1];
            if (!graph.containsKey(x) || !graph.containsKey(y)) {
                answers[q] = -1.0;
                continue;
            }
            Map<String, Double> seen = new HashMap<>();
            seen.put(x, 1.0);
            ArrayDeque<String> frontier = new ArrayDeque<>();
            frontier.add(x);
            while (!frontier.isEmpty() && !seen.containsKey(y)) {
                String c = frontier.poll();
                for (Edge e : graph.get(c)) {
                    if (!seen.containsKey(e.to())) {
                        seen.put(e.to(), seen.get(c) * e.rate());
                        frontier.add(e.to());
                    }
                }
            }
            answers[q] = seen.getOrDefault(y, -1.0);
        }
        return answers;
    }
}
