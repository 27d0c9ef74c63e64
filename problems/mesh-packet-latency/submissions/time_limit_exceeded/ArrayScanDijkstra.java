import java.util.Arrays;

/** Brute force: Dijkstra that finds the next cell by scanning every cell, O(V^2). */
public class ArrayScanDijkstra {
    public static int minLatency(String[] mesh) {
        int rows = mesh.length;
        int cols = rows == 0 ? 0 : mesh[0].length();
        if (rows == 0 || cols == 0 || mesh[0].charAt(0) == '#' || mesh[rows - 1].charAt(cols - 1) == '#') {
            return -1;
        }
        int n = rows * cols;
        int[] dist = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        boolean[] settled = new boolean[n];
        dist[0] = mesh[0].charAt(0) - '0';
        while (true) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!settled[i] && dist[i] != Integer.MAX_VALUE && (best < 0 || dist[i] < dist[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return -1;
            }
            if (best == n - 1) {
                return dist[best];
            }
            settled[best] = true;
            int r = best / cols;
            int c = best % cols;
            int[][] around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (int[] p : around) {
                if (p[0] >= 0 && p[0] < rows && p[1] >= 0 && p[1] < cols) {
                    char ch = mesh[p[0]].charAt(p[1]);
                    int next = p[0] * cols + p[1];
                    if (ch != '#' && dist[best] + (ch - '0') < dist[next]) {
                        dist[next] = dist[best] + (ch - '0');
                    }
                }
            }
        }
    }
}
