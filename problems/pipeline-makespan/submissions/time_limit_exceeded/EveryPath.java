import java.util.ArrayList;
import java.util.List;

/** Brute force: the finish time of a job by recursion over all of its predecessors, no memo. */
public class EveryPath {
    private static List<List<Integer>> predecessors;
    private static long[] durations;
    private static boolean[] onPath;
    private static boolean cycle;

    public static long pipelineMakespan(long[] durations, int[][] dependencies) {
        int n = durations.length;
        EveryPath.durations = durations;
        predecessors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int[] edge : dependencies) {
            predecessors.get(edge[1]).add(edge[0]);
        }
        onPath = new boolean[n];
        cycle = false;
        long makespan = 0;
        for (int job = 0; job < n && !cycle; job++) {
            makespan = Math.max(makespan, finish(job));
        }
        return cycle ? -1 : makespan;
    }

    private static long finish(int job) {
        if (onPath[job]) {
            cycle = true;
            return 0;
        }
        onPath[job] = true;
        long start = 0;
        for (int before : predecessors.get(job)) {
            start = Math.max(start, finish(before));
        }
        onPath[job] = false;
        return start + durations[job];
    }
}
