/**
 * Multi-source breadth-first search: every source starts in the queue at round 0, each node is
 * reached once, at its smallest round. O(rows * cols) time and space.
 */
public class ConfigRollout {
    public static int propagationRounds(String[] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length();
        int[] round = new int[rows * cols];
        int[] queue = new int[rows * cols];
        int head = 0;
        int tail = 0;
        int waiting = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                char slot = grid[r].charAt(c);
                if (slot == 'S') {
                    queue[tail++] = r * cols + c;
                } else if (slot == 'H') {
                    waiting++;
                    round[r * cols + c] = -1; // not reached yet
                }
            }
        }
        int last = 0;
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        while (head < tail && waiting > 0) {
            int node = queue[head++];
            int r = node / cols;
            int c = node % cols;
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d];
                int nc = c + dc[d];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && round[nr * cols + nc] == -1) {
                    round[nr * cols + nc] = round[node] + 1;
                    last = round[node] + 1;
                    waiting--;
                    queue[tail++] = nr * cols + nc;
                }
            }
        }
        return waiting == 0 ? last : -1;
    }
}
