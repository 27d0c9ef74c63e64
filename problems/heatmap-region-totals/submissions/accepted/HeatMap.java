/**
 * 2D prefix sums with a zero row and column in front: total[r][c] sums the cells above and left
 * of (r, c). A rectangle is four lookups by inclusion-exclusion. O(R * C) + O(1) per query.
 */
public class HeatMap {
    public static long[] regionTotals(String[] rows, int[][] queries) {
        int height = rows.length;
        int width = rows[0].length();
        long[][] total = new long[height + 1][width + 1];
        for (int r = 0; r < height; r++) {
            long running = 0;
            for (int c = 0; c < width; c++) {
                running += rows[r].charAt(c) - '0';
                total[r + 1][c + 1] = total[r][c + 1] + running;
            }
        }
        long[] answers = new long[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int[] q = queries[i];
            int top = Math.min(q[0], q[2]);
            int bottom = Math.max(q[0], q[2]) + 1;
            int left = Math.min(q[1], q[3]);
            int right = Math.max(q[1], q[3]) + 1;
            answers[i] = total[bottom][right] - total[top][right] - total[bottom][left]
                    + total[top][left];
        }
        return answers;
    }
}
