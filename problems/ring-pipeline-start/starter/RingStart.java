public class RingStart {
    /** Return the smallest worker index at which the batch can enter and get around, or -1. */
    public static int firstViableStart(int[] grant, int[] spend) {
        throw new UnsupportedOperationException("not implemented");
    }
}
