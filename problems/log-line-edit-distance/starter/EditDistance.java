public class EditDistance {
    /** Returns the fewest insertions, deletions and substitutions that turn a into b. */
    public static int editDistance(String a, String b) {
        throw new UnsupportedOperationException("not implemented");
    }
}
