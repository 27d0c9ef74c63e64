public class Mesh {
    /** Returns the smallest total chip delay from the top-left to the bottom-right chip, or -1. */
    public static int minLatency(String[] mesh) {
        throw new UnsupportedOperationException("not implemented");
    }
}
