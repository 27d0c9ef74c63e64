public class HealthySquare {
    /** Returns the side of the largest square block of '.' cells in grid, 0 if there is none. */
    public static int largestHealthySquare(String[] grid) {
        throw new UnsupportedOperationException("not implemented");
    }
}
