/** Wrong: the tree and the sums are int, so totals past 2^31 - 1 wrap around. */
public class MinuteCounters {
    private final int[] counts;
    private final int[] tree;

    public MinuteCounters(int[] counts) {
        this.counts = counts.clone();
        this.tree = new int[counts.length + 1];
        for (int i = 1; i <= counts.length; i++) {
            tree[i] += counts[i - 1];
            int parent = i + (i & -i);
            if (parent <= counts.length) {
                tree[parent] += tree[i];
            }
        }
    }

    public void correct(int minute, int count) {
        checkMinute(minute);
        int delta = count - counts[minute];
        counts[minute] = count;
        for (int i = minute + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    public long total(int first, int last) {
        checkMinute(first);
        checkMinute(last);
        if (first > last) {
            throw new IllegalArgumentException("first " + first + " is after last " + last);
        }
        return prefix(last + 1) - prefix(first);
    }

    /** Sum of the counts of minutes 0..end-1. */
    private int prefix(int end) {
        int sum = 0;
        for (int i = end; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private void checkMinute(int minute) {
        if (minute < 0 || minute >= counts.length) {
            throw new IndexOutOfBoundsException("minute " + minute + " is outside 0.." + (counts.length - 1));
        }
    }
}
