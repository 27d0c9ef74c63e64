/**
 * Brute force: every failing rack repeatedly takes the smallest label among itself and its
 * neighbours until nothing changes. One sweep moves a label one step, so a winding group of
 * length L needs L sweeps over the whole floor: O(cells * L).
 */
public class LabelPropagation {
    public static int countFailureGroups(String[] floor) {
        int rows = floor.length;
        int cols = rows == 0 ? 0 : floor[0].length();
        int[] label = new int[rows * cols];
        for (int i = 0; i < label.length; i++) {
            label[i] = floor[i / cols].charAt(i % cols) == '#' ? i : -1;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] next = label.clone();
            for (int i = 0; i < label.length; i++) {
                if (label[i] < 0) {
                    continue;
                }
                int y = i / cols;
                int x = i % cols;
                int best = label[i];
                if (y > 0 && label[i - cols] >= 0) best = Math.min(best, label[i - cols]);
                if (y + 1 < rows && label[i + cols] >= 0) best = Math.min(best, label[i + cols]);
                if (x > 0 && label[i - 1] >= 0) best = Math.min(best, label[i - 1]);
                if (x + 1 < cols && label[i + 1] >= 0) best = Math.min(best, label[i + 1]);
                if (best != label[i]) {
                    next[i] = best;
                    changed = true;
                }
            }
            label = next;
        }
        int groups = 0;
        for (int i = 0; i < label.length; i++) {
            if (label[i] == i) {
                groups++;
            }
        }
        return groups;
    }
}
