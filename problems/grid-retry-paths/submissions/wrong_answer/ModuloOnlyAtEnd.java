/**
 * Wrong: adds the counts in a long and takes the modulo only at the end. The exact count of a large
 * grid has hundreds of digits, so the long wraps long before the end and the remainder is garbage.
 */
public class ModuloOnlyAtEnd {
    public static int countRoutes(String[] grid) {
        int columns = grid[0].length();
        long[] routes = new long[columns];
        routes[0] = 1;
        for (String row : grid) {
            for (int c = 0; c < columns; c++) {
                if (row.charAt(c) == '#') {
                    routes[c] = 0;
                } else if (c > 0) {
                    routes[c] += routes[c - 1];
                }
            }
        }
        return (int) Math.floorMod(routes[columns - 1], 1_000_000_007L);
    }
}
