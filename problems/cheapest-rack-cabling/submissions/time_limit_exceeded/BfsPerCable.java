import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Brute force: Kruskal's order, but each cable asks "already connected?" with a BFS over the
 * cables bought so far: O(E * (V + E)).
 */
public class BfsPerCable {
    public static long cheapestCabling(int racks, int[][] cables) {
        int[][] byCost = cables.clone();
        Arrays.sort(byCost, (x, y) -> Integer.compare(x[2], y[2]));
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int rack = 0; rack < racks; rack++) {
            neighbours.add(new ArrayList<>());
        }
        int[] queue = new int[racks];
        long total = 0;
        int bought = 0;
        for (int[] cable : byCost) {
            boolean[] seen = new boolean[racks];
            int head = 0;
            int tail = 0;
            queue[tail++] = cable[0];
            seen[cable[0]] = true;
            while (head < tail) {
                for (int other : neighbours.get(queue[head++])) {
                    if (!seen[other]) {
                        seen[other] = true;
                        queue[tail++] = other;
                    }
                }
            }
            if (seen[cable[1]]) {
                continue;
            }
            neighbours.get(cable[0]).add(cable[1]);
            neighbours.get(cable[1]).add(cable[0]);
            total += cable[2];
            bought++;
        }
        return bought == racks - 1 ? total : -1;
    }
}
