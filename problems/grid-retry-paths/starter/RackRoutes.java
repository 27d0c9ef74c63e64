public class RackRoutes {
    /** Returns the number of right/down routes through working cells, modulo 1_000_000_007. */
    public static int countRoutes(String[] grid) {
        throw new UnsupportedOperationException("not implemented");
    }
}
