public class SignatureSearch {
    /**
     * Returns every offset where signature starts in stream, in increasing order, overlapping hits
     * included.
     *
     * @throws IllegalArgumentException if signature is empty
     */
    public static int[] findSignature(String stream, String signature) {
        throw new UnsupportedOperationException("not implemented");
    }
}
