import java.util.Arrays;
import java.util.PriorityQueue;

/** Wrong: the right two-heap replay, but free-at times in int, which wrap after long delays. */
public class IntFreeTimes {
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
        PriorityQueue<int[]> busy =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] hosted = new int[rooms];
        for (int i : order) {
            int start = starts[i];
            int length = ends[i] - starts[i];
            while (!busy.isEmpty() && busy.peek()[0] <= start) {
                free.add(busy.poll()[1]);
            }
            int room;
            if (!free.isEmpty()) {
                room = free.poll();
                busy.add(new int[] {start + length, room});
            } else {
                int[] first = busy.poll();
                room = first[1];
                busy.add(new int[] {first[0] + length, room});
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
