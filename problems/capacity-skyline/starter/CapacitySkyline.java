import java.util.List;

public class CapacitySkyline {
    /** Returns the [time, floor] change points of the largest active capacity, in increasing time. */
    public static List<long[]> capacityOutline(long[][] reservations) {
        throw new UnsupportedOperationException("not implemented");
    }
}
