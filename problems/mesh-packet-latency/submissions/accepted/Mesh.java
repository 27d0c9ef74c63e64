import java.util.PriorityQueue;

/** Lowest-latency route on a chip mesh: Dijkstra with a binary heap, O(V log V). */
public class Mesh {
    public static int minLatency(String[] mesh) {
        int rows = mesh.length;
        int cols = rows == 0 ? 0 : mesh[0].length();
        if (rows == 0 || cols == 0 || mesh[0].charAt(0) == '#' || mesh[rows - 1].charAt(cols - 1) == '#') {
            return -1;
        }
        int[] delay = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                char ch = mesh[r].charAt(c);
                delay[r * cols + c] = ch == '#' ? 0 : ch - '0';
            }
        }
        int target = rows * cols - 1;
        boolean[] settled = new boolean[rows * cols];
        // heap entries pack (latency, cell) into one long: latency in the high bits
        PriorityQueue<Long> heap = new PriorityQueue<>();
        heap.add(((long) delay[0] << 32));
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        while (!heap.isEmpty()) {
            long entry = heap.poll();
            int d = (int) (entry >>> 32);
            int cell = (int) entry;
            if (settled[cell]) {
                continue;
            }
            settled[cell] = true;
            if (cell == target) {
                return d;
            }
            int r = cell / cols;
            int c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k];
                int nc = c + dc[k];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols) {
                    int next = nr * cols + nc;
                    if (delay[next] > 0 && !settled[next]) {
                        heap.add(((long) (d + delay[next]) << 32) | next);
                    }
                }
            }
        }
        return -1;
    }
}
