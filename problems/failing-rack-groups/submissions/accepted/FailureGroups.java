/** Connected groups of '#' in a grid, by iterative flood fill: O(rows * cols). */
public class FailureGroups {
    public static int countFailureGroups(String[] floor) {
        int rows = floor.length;
        int cols = rows == 0 ? 0 : floor[0].length();
        boolean[] seen = new boolean[rows * cols];
        int[] stack = new int[rows * cols]; // each cell is pushed at most once
        int[] dy = {-1, 1, 0, 0};
        int[] dx = {0, 0, -1, 1};
        int groups = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (floor[r].charAt(c) != '#' || seen[r * cols + c]) {
                    continue;
                }
                groups++;
                seen[r * cols + c] = true;
                int size = 0;
                stack[size++] = r * cols + c;
                while (size > 0) {
                    int cell = stack[--size];
                    int y = cell / cols;
                    int x = cell % cols;
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d];
                        int nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols
                                && !seen[ny * cols + nx] && floor[ny].charAt(nx) == '#') {
                            seen[ny * cols + nx] = true;
                            stack[size++] = ny * cols + nx;
                        }
                    }
                }
            }
        }
        return groups;
    }
}
