public class RackCabling {
    /**
     * Returns the least total cost of cables that connect all racks, or -1 if the quoted cables
     * cannot connect them all. Each cable is {rackA, rackB, cost}.
     */
    public static long cheapestCabling(int racks, int[][] cables) {
        throw new UnsupportedOperationException("not implemented");
    }
}
