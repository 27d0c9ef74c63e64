public class TenantWindows {
    /** Return how many runs of consecutive requests contain exactly k distinct tenants. */
    public static long countRunsWithKTenants(int[] tenants, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
