import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Wrong: keeps start and finish times in int, which overflows on long chains of long jobs. */
public class IntFinishTimes {
    public static long pipelineMakespan(long[] durations, int[][] dependencies) {
        int n = durations.length;
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>());
        }
        int[] indegree = new int[n];
        for (int[] edge : dependencies) {
            successors.get(edge[0]).add(edge[1]);
            indegree[edge[1]]++;
        }
        int[] start = new int[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int job = 0; job < n; job++) {
            if (indegree[job] == 0) {
                ready.add(job);
            }
        }
        int done = 0;
        int makespan = 0;
        while (!ready.isEmpty()) {
            int job = ready.poll();
            done++;
            int finish = start[job] + (int) durations[job];
            makespan = Math.max(makespan, finish);
            for (int next : successors.get(job)) {
                start[next] = Math.max(start[next], finish);
                if (--indegree[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return done == n ? makespan : -1;
    }
}
