public class BracketCheck {
    /** Return -1 if the template's brackets balance (quoted text ignored), else the index to fix. */
    public static int firstBracketError(String template) {
        throw new UnsupportedOperationException("not implemented");
    }
}
