public class Tokens {
    /** Returns the fewest vocabulary entries that spell text exactly, or -1 if none do. */
    public static int minTokens(String text, String[] vocabulary) {
        throw new UnsupportedOperationException("not implemented");
    }
}
