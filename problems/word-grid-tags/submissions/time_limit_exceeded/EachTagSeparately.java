import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Brute force: search the grid separately for every tag, from every cell. Tags that share a long
 * prefix repeat the same walk again and again: O(tags * cells * 3^length) on a grid of equal letters.
 */
public class EachTagSeparately {
    public static List<String> findTags(String[] grid, String[] tags) {
        char[][] cells = new char[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            cells[r] = grid[r].toCharArray();
        }
        TreeSet<String> found = new TreeSet<>();
        for (String tag : tags) {
            search:
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    if (traces(cells, tag, 0, r, c)) {
                        found.add(tag);
                        break search;
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean traces(char[][] cells, String tag, int k, int r, int c) {
        if (r < 0 || r >= cells.length || c < 0 || c >= cells[r].length || cells[r][c] != tag.charAt(k)) {
            return false;
        }
        if (k == tag.length() - 1) {
            return true;
        }
        char letter = cells[r][c];
        cells[r][c] = '#';
        boolean ok = traces(cells, tag, k + 1, r - 1, c) || traces(cells, tag, k + 1, r + 1, c)
                || traces(cells, tag, k + 1, r, c - 1) || traces(cells, tag, k + 1, r, c + 1);
        cells[r][c] = letter;
        return ok;
    }
}
