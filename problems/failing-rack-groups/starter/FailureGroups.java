public class FailureGroups {
    /** Returns the number of 4-connected groups of '#' on the floor map. */
    public static int countFailureGroups(String[] floor) {
        throw new UnsupportedOperationException("not implemented");
    }
}
