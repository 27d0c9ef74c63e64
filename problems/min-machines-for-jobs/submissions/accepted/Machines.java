import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

/** Fewest machines and a greedy assignment, with min-heaps: O(n log n). */
public class Machines {
    public static int minMachines(long[] starts, long[] durations) {
        PriorityQueue<Long> ends = new PriorityQueue<>(); // when each machine is next free
        for (int i : byStart(starts)) {
            if (!ends.isEmpty() && ends.peek() <= starts[i]) {
                ends.poll(); // reuse the machine freed first
            }
            ends.add(starts[i] + durations[i]);
        }
        return ends.size();
    }

    public static int[] assignMachines(long[] starts, long[] durations) {
        int[] machine = new int[starts.length];
        PriorityQueue<Integer> free = new PriorityQueue<>();
        PriorityQueue<long[]> busy = new PriorityQueue<>(Comparator.comparingLong((long[] b) -> b[0]));
        int opened = 0;
        for (int i : byStart(starts)) {
            while (!busy.isEmpty() && busy.peek()[0] <= starts[i]) {
                free.add((int) busy.poll()[1]);
            }
            machine[i] = free.isEmpty() ? opened++ : free.poll();
            busy.add(new long[] {starts[i] + durations[i], machine[i]});
        }
        return machine;
    }

    /** Job indices by start time; the sort is stable, so equal starts keep queue order. */
    private static int[] byStart(long[] starts) {
        Integer[] order = new Integer[starts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> starts[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
