/**
 * Routes to each cell = routes to the cell above + routes to the cell on the left, row by row,
 * modulo 10^9 + 7: O(rows * columns) time, O(columns) space.
 */
public class RackRoutes {
    private static final int MOD = 1_000_000_007;

    public static int countRoutes(String[] grid) {
        int columns = grid[0].length();
        int[] routes = new int[columns]; // routes[c]: routes to (current row, c)
        routes[0] = 1; // one way to stand on the entry, if it works
        for (String row : grid) {
            for (int c = 0; c < columns; c++) {
                if (row.charAt(c) == '#') {
                    routes[c] = 0;
                } else if (c > 0) {
                    routes[c] = (routes[c] + routes[c - 1]) % MOD; // both < MOD: the sum fits in an int
                }
            }
        }
        return routes[columns - 1];
    }
}
