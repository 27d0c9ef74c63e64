/** Brute force: walk every route recursively and count the ones that arrive: exponential. */
public class WalkEveryRoute {
    public static int countRoutes(String[] grid) {
        return (int) (walk(grid, 0, 0) % 1_000_000_007L);
    }

    private static long walk(String[] grid, int r, int c) {
        if (r >= grid.length || c >= grid[0].length() || grid[r].charAt(c) == '#') {
            return 0;
        }
        if (r == grid.length - 1 && c == grid[0].length() - 1) {
            return 1;
        }
        return (walk(grid, r + 1, c) + walk(grid, r, c + 1)) % 1_000_000_007L;
    }
}
