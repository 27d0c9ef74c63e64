public class CommonDirectory {
    /** Returns the deepest directory (by whole components) containing every path; "" for no paths. */
    public static String commonDirectory(String[] paths) {
        throw new UnsupportedOperationException("not implemented");
    }
}
