import java.util.Arrays;

/**
 * Kruskal: cables by cost, a union-find with path halving and union by size. The total is a long:
 * 10^5 cables of up to 10^9 each pass 2^31. O(E log E).
 */
public class RackCabling {
    public static long cheapestCabling(int racks, int[][] cables) {
        int[][] byCost = cables.clone();
        Arrays.sort(byCost, (x, y) -> Integer.compare(x[2], y[2]));
        int[] parent = new int[racks];
        int[] size = new int[racks];
        for (int rack = 0; rack < racks; rack++) {
            parent[rack] = rack;
            size[rack] = 1;
        }
        long total = 0;
        int groups = racks;
        for (int[] cable : byCost) {
            if (groups == 1) {
                break;
            }
            int a = find(parent, cable[0]);
            int b = find(parent, cable[1]);
            if (a == b) {
                continue; // already connected: this cable would close a loop
            }
            if (size[a] < size[b]) {
                int swap = a;
                a = b;
                b = swap;
            }
            parent[b] = a;
            size[a] += size[b];
            total += cable[2];
            groups--;
        }
        return groups == 1 ? total : -1;
    }

    private static int find(int[] parent, int rack) {
        while (parent[rack] != rack) {
            parent[rack] = parent[parent[rack]]; // path halving
            rack = parent[rack];
        }
        return rack;
    }
}
