/** Wrong: treats a repeated report of a failing rack as a new rack (a new group, then merges). */
public class RepeatCountsAsNew {
    public static int[] incidentsAfterEachFailure(int rows, int cols, int[][] failures) {
        int[] parent = new int[rows * cols];
        java.util.Arrays.fill(parent, -1);
        int groups = 0;
        int[] result = new int[failures.length];
        for (int i = 0; i < failures.length; i++) {
            int r = failures[i][0];
            int c = failures[i][1];
            int cell = r * cols + c;
            parent[cell] = cell; // a repeat cuts the rack off its old group's root
            groups++;
            int[][] around = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (int[] p : around) {
                if (p[0] >= 0 && p[0] < rows && p[1] >= 0 && p[1] < cols && parent[p[0] * cols + p[1]] != -1) {
                    int a = find(parent, cell);
                    int b = find(parent, p[0] * cols + p[1]);
                    if (a != b) {
                        parent[b] = a;
                        groups--;
                    }
                }
            }
            result[i] = groups;
        }
        return result;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }
}
