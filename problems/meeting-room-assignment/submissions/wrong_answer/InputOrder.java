import java.util.PriorityQueue;

/** Wrong: replays the requests in the order given instead of by requested start time. */
public class InputOrder {
    public static int busiestRoom(int rooms, int[] starts, int[] ends) {
        PriorityQueue<Integer> free = new PriorityQueue<>();
        for (int room = 0; room < rooms; room++) {
            free.add(room);
        }
        PriorityQueue<long[]> busy =
                new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] hosted = new int[rooms];
        for (int i = 0; i < starts.length; i++) {
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
