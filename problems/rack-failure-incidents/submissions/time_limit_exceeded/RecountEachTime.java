import java.util.ArrayDeque;

/** Brute force: marks the rack, then recounts every group by BFS: O(events * cells). */
public class RecountEachTime {
    public static int[] incidentsAfterEachFailure(int rows, int cols, int[][] failures) {
        boolean[] failing = new boolean[rows * cols];
        int[] result = new int[failures.length];
        for (int i = 0; i < failures.length; i++) {
            failing[failures[i][0] * cols + failures[i][1]] = true;
            boolean[] seen = new boolean[rows * cols];
            int groups = 0;
            for (int start = 0; start < rows * cols; start++) {
                if (!failing[start] || seen[start]) {
                    continue;
                }
                groups++;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(start);
                seen[start] = true;
                while (!queue.isEmpty()) {
                    int cell = queue.poll();
                    int r = cell / cols;
                    int c = cell % cols;
                    int[][] around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
                    for (int[] p : around) {
                        if (p[0] >= 0 && p[0] < rows && p[1] >= 0 && p[1] < cols) {
                            int next = p[0] * cols + p[1];
                            if (failing[next] && !seen[next]) {
                                seen[next] = true;
                                queue.add(next);
                            }
                        }
                    }
                }
            }
            result[i] = groups;
        }
        return result;
    }
}
