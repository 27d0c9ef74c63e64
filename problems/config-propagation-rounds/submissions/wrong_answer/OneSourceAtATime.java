import java.util.ArrayDeque;

/**
 * Wrong: runs a separate search from each source and reports the slowest source's rollout time, as
 * if each source had to reach every node alone; with several sources every node takes its nearest.
 */
public class OneSourceAtATime {
    public static int propagationRounds(String[] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length();
        int healthy = 0;
        for (String row : grid) {
            healthy += (int) row.chars().filter(ch -> ch == 'H').count();
        }
        if (healthy == 0) {
            return 0;
        }
        int worst = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r].charAt(c) == 'S') {
                    worst = Math.max(worst, fromOneSource(grid, rows, cols, r, c, healthy));
                }
            }
        }
        return worst;
    }

    private static int fromOneSource(String[] grid, int rows, int cols, int sr, int sc, int healthy) {
        int[][] round = new int[rows][cols];
        for (int[] row : round) {
            java.util.Arrays.fill(row, -1);
        }
        round[sr][sc] = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {sr, sc});
        int reached = 0;
        int last = 0;
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] step : steps) {
                int nr = cell[0] + step[0];
                int nc = cell[1] + step[1];
                if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr].charAt(nc) == 'H' && round[nr][nc] == -1) {
                    round[nr][nc] = round[cell[0]][cell[1]] + 1;
                    last = round[nr][nc];
                    reached++;
                    queue.add(new int[] {nr, nc});
                }
            }
        }
        return reached == healthy ? last : -1;
    }
}
