import java.util.Arrays;

/** Groups of failing racks under a stream of failures: union-find, near O(1) per event. */
public class Incidents {
    public static int[] incidentsAfterEachFailure(int rows, int cols, int[][] failures) {
        int[] parent = new int[rows * cols];
        Arrays.fill(parent, -1); // -1: healthy
        int[] size = new int[rows * cols];
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        int groups = 0;
        int[] result = new int[failures.length];
        for (int i = 0; i < failures.length; i++) {
            int r = failures[i][0];
            int c = failures[i][1];
            int cell = r * cols + c;
            if (parent[cell] == -1) {
                parent[cell] = cell;
                size[cell] = 1;
                groups++;
                for (int k = 0; k < 4; k++) {
                    int nr = r + dr[k];
                    int nc = c + dc[k];
                    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && parent[nr * cols + nc] != -1) {
                        int a = find(parent, cell);
                        int b = find(parent, nr * cols + nc);
                        if (a != b) { // already joined through another side: no merge
                            if (size[a] < size[b]) {
                                int t = a;
                                a = b;
                                b = t;
                            }
                            parent[b] = a;
                            size[a] += size[b];
                            groups--;
                        }
                    }
                }
            }
            result[i] = groups;
        }
        return result;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }
}
