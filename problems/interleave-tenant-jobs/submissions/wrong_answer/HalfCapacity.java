import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Wrong: refuses a batch whose busiest tenant has exactly ceil(n / 2) jobs (n odd), which
 * can still alternate: it compares with n / 2 instead of (n + 1) / 2.
 *
 * Greedy with a heap of tenants ordered by (most jobs left, earliest remaining job). The tenant
 * just placed is held out of the heap for one step. O(n log t) for n jobs from t tenants.
 */
public class HalfCapacity {
    public static int[] interleaveJobs(String[] tenants) {
        Map<String, Integer> ids = new HashMap<>();
        List<ArrayDeque<Integer>> jobs = new ArrayList<>();
        for (int job = 0; job < tenants.length; job++) {
            int id = ids.computeIfAbsent(tenants[job], t -> {
                jobs.add(new ArrayDeque<>());
                return jobs.size() - 1;
            });
            jobs.get(id).add(job);
        }
        for (ArrayDeque<Integer> queue : jobs) {
            if (queue.size() > tenants.length / 2 && tenants.length > 1) {
                return new int[0];
            }
        }
        // a tenant's key changes only while it is out of the heap, so the order stays valid
        PriorityQueue<Integer> heap = new PriorityQueue<>((a, b) -> {
            int left = Integer.compare(jobs.get(b).size(), jobs.get(a).size());
            return left != 0 ? left : Integer.compare(jobs.get(a).peek(), jobs.get(b).peek());
        });
        for (int id = 0; id < jobs.size(); id++) {
            heap.add(id);
        }
        int[] order = new int[tenants.length];
        int placed = 0;
        int held = -1;
        while (!heap.isEmpty()) {
            int id = heap.poll();
            order[placed++] = jobs.get(id).poll();
            if (held >= 0) {
                heap.add(held);
            }
            held = jobs.get(id).isEmpty() ? -1 : id;
        }
        return order;
    }
}
