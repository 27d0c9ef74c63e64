/** Count the hits of the last window seconds. */
public class HitCounter {
    public HitCounter(int window) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Add one hit at each time of a non-decreasing batch. */
    public void record(int[] timestamps) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Return the number of hits at times t with now - window < t <= now. */
    public int count(int now) {
        throw new UnsupportedOperationException("not implemented");
    }
}
