import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Replay with two heaps: free room numbers, and busy rooms keyed by (free-at time, room). Times
 * are long: delays can push ends past 2^31. O(n log n + n log rooms).
 */
public class BusiestRoom {
    public static int busiestRoom(int rooms, int[] starts, int[] ends) {
        int n = starts.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(starts[a], starts[b]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        for (int room = 0; room < rooms; room++) {
            free.add(room);
        }
        // {free-at time, room}, earliest first, lowest room on a tie
        PriorityQueue<long[]> busy =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] hosted = new int[rooms];
        for (int i : order) {
            long start = starts[i];
            long length = ends[i] - starts[i];
            while (!busy.isEmpty() && busy.peek()[0] <= start) {
                free.add((int) busy.poll()[1]);
            }
            int room;
            if (!free.isEmpty()) {
                room = free.poll();
                busy.add(new long[] {start + length, room});
            } else {
                long[] first = busy.poll();
                room = (int) first[1];
                busy.add(new long[] {first[0] + length, room});
            }
            hosted[room]++;
        }
        int best = 0;
        for (int room = 1; room < rooms; room++) {
            if (hosted[room] > hosted[best]) {
                best = room;
            }
        }
        return best;
    }
}
