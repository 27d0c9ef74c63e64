/** Brute force: simulate round by round, rescanning the whole floor each round: O(rounds * rows * cols). */
public class RescanEveryRound {
    public static int propagationRounds(String[] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length();
        char[][] floor = new char[rows][];
        for (int r = 0; r < rows; r++) {
            floor[r] = grid[r].toCharArray();
        }
        int rounds = 0;
        while (true) {
            boolean[][] next = new boolean[rows][cols];
            boolean changed = false;
            boolean waiting = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (floor[r][c] != 'H') {
                        continue;
                    }
                    boolean near = (r > 0 && floor[r - 1][c] == 'S') || (r + 1 < rows && floor[r + 1][c] == 'S')
                            || (c > 0 && floor[r][c - 1] == 'S') || (c + 1 < cols && floor[r][c + 1] == 'S');
                    next[r][c] = near;
                    changed |= near;
                    waiting |= !near;
                }
            }
            if (!changed) {
                return waiting ? -1 : rounds;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (next[r][c]) {
                        floor[r][c] = 'S';
                    }
                }
            }
            rounds++;
        }
    }
}
