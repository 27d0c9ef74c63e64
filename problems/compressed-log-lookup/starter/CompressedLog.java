public class CompressedLog {
    /** Returns the characters at the given offsets of the decoded text, without decoding it. */
    public static String charsAt(String encoded, long[] offsets) {
        throw new UnsupportedOperationException("not implemented");
    }
}
