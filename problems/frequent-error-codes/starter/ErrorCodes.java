import java.util.List;

public class ErrorCodes {
    /** Returns the k most frequent codes, most frequent first; ties by first appearance. */
    public static List<Integer> topErrorCodes(int[] codes, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
