import java.util.List;

public class ZeroTriples {
    /** Returns every distinct triple [a, b, c], a <= b <= c, of offsets at distinct positions that sums to zero, in lexicographic order. */
    public static List<List<Integer>> zeroSumTriples(int[] offsets) {
        throw new UnsupportedOperationException("not implemented");
    }
}
