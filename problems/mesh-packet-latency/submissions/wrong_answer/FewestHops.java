import java.util.ArrayDeque;

/** Wrong: takes the route with the fewest hops (BFS) and reports its latency, ignoring delays. */
public class FewestHops {
    public static int minLatency(String[] mesh) {
        int rows = mesh.length;
        int cols = rows == 0 ? 0 : mesh[0].length();
        if (rows == 0 || cols == 0 || mesh[0].charAt(0) == '#' || mesh[rows - 1].charAt(cols - 1) == '#') {
            return -1;
        }
        int n = rows * cols;
        int[] latency = new int[n];
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        latency[0] = mesh[0].charAt(0) - '0';
        seen[0] = true;
        queue.add(0);
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            if (cell == n - 1) {
                return latency[cell];
            }
            int r = cell / cols;
            int c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k];
                int nc = c + dc[k];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen[nr * cols + nc]
                        && mesh[nr].charAt(nc) != '#') {
                    seen[nr * cols + nc] = true;
                    latency[nr * cols + nc] = latency[cell] + (mesh[nr].charAt(nc) - '0');
                    queue.add(nr * cols + nc);
                }
            }
        }
        return -1;
    }
}
