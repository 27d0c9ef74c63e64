/** Brute force: add up every cell of every rectangle: O(area) per query. */
public class SumEveryCell {
    public static long[] regionTotals(String[] rows, int[][] queries) {
        int[][] grid = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            grid[r] = rows[r].chars().map(ch -> ch - '0').toArray();
        }
        long[] answers = new long[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int[] q = queries[i];
            long sum = 0;
            for (int r = Math.min(q[0], q[2]); r <= Math.max(q[0], q[2]); r++) {
                for (int c = Math.min(q[1], q[3]); c <= Math.max(q[1], q[3]); c++) {
                    sum += grid[r][c];
                }
            }
            answers[i] = sum;
        }
        return answers;
    }
}
