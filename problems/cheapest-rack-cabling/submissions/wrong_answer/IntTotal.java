import java.util.Arrays;

/** Wrong: Kruskal is right, but the total is an int, which wraps once the cables pass 2^31 - 1. */
public class IntTotal {
    public static long cheapestCabling(int racks, int[][] cables) {
        int[][] byCost = cables.clone();
        Arrays.sort(byCost, (x, y) -> Integer.compare(x[2], y[2]));
        int[] parent = new int[racks];
        for (int rack = 0; rack < racks; rack++) {
            parent[rack] = rack;
        }
        int total = 0;
        int groups = racks;
        for (int[] cable : byCost) {
            int a = find(parent, cable[0]);
            int b = find(parent, cable[1]);
            if (a != b) {
                parent[b] = a;
                total += cable[2];
                groups--;
            }
        }
        return groups == 1 ? total : -1;
    }

    private static int find(int[] parent, int rack) {
        while (parent[rack] != rack) {
            parent[rack] = parent[parent[rack]];
            rack = parent[rack];
        }
        return rack;
    }
}
