import java.util.HashSet;
import java.util.Set;

/** Brute force: from every start, extend until a (k + 1)-th tenant appears: O(n * L). */
public class ExtendEveryStart {
    public static long countRunsWithKTenants(int[] tenants, int k) {
        long runs = 0;
        for (int start = 0; start < tenants.length; start++) {
            Set<Integer> seen = new HashSet<>();
            for (int end = start; end < tenants.length; end++) {
                seen.add(tenants[end]);
                if (seen.size() > k) {
                    break;
                }
                if (seen.size() == k) {
                    runs++;
                }
            }
        }
        return runs;
    }
}
