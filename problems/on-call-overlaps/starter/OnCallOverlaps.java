public class OnCallOverlaps {
    /**
     * Returns the non-empty intersections [start, end) of the shifts of first with those of second,
     * sorted by start. Each list is sorted by start and its shifts do not overlap.
     */
    public static long[][] overlaps(long[][] first, long[][] second) {
        throw new UnsupportedOperationException("not implemented");
    }
}
