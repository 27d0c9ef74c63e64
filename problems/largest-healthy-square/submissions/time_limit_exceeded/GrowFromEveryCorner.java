/** Brute force: from every rack, grow a square while its new row and column are healthy: O(rows * cols * side^2). */
public class GrowFromEveryCorner {
    public static int largestHealthySquare(String[] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length();
        int best = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int side = 0;
                while (r + side < rows && c + side < cols && edgeHealthy(grid, r, c, side)) {
                    side++;
                }
                best = Math.max(best, side);
            }
        }
        return best;
    }

    /** Whether the new bottom row and right column of the square of side + 1 at (r, c) are healthy. */
    private static boolean edgeHealthy(String[] grid, int r, int c, int side) {
        for (int i = 0; i <= side; i++) {
            if (grid[r + side].charAt(c + i) != '.' || grid[r + i].charAt(c + side) != '.') {
                return false;
            }
        }
        return true;
    }
}
