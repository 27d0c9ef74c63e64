public class MinuteCounters {
    /** Starts the counters of minutes 0..counts.length-1 with the given counts. */
    public MinuteCounters(int[] counts) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Replaces the count of a minute; throws if the minute is out of range. */
    public void correct(int minute, int count) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Returns the sum of the counts of minutes first..last, both included; throws on a bad range. */
    public long total(int first, int last) {
        throw new UnsupportedOperationException("not implemented");
    }
}
