import java.util.ArrayDeque;

/** Makespan of a DAG of jobs: Kahn's topological order with a longest-path DP, O(n + m). */
public class Pipeline {
    public static long pipelineMakespan(long[] durations, int[][] dependencies) {
        int n = durations.length;
        // successors as a compressed adjacency array (CSR): head[a] .. head[a + 1]
        int[] head = new int[n + 1];
        int[] indegree = new int[n];
        for (int[] edge : dependencies) {
            head[edge[0] + 1]++;
            indegree[edge[1]]++;
        }
        for (int i = 0; i < n; i++) {
            head[i + 1] += head[i];
        }
        int[] fill = head.clone();
        int[] successors = new int[dependencies.length];
        for (int[] edge : dependencies) {
            successors[fill[edge[0]]++] = edge[1];
        }
        long[] start = new long[n];
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int job = 0; job < n; job++) {
            if (indegree[job] == 0) {
                ready.add(job);
            }
        }
        int done = 0;
        long makespan = 0;
        while (!ready.isEmpty()) {
            int job = ready.poll();
            done++;
            long finish = start[job] + durations[job];
            makespan = Math.max(makespan, finish);
            for (int i = head[job]; i < head[job + 1]; i++) {
                int next = successors[i];
                start[next] = Math.max(start[next], finish);
                if (--indegree[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return done == n ? makespan : -1;
    }
}
