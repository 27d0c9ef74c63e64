public class RepeatedFragment {
    /**
     * Returns the longest substring occurring at two or more offsets (overlaps allowed); on a tie the
     * one whose first occurrence is earliest; "" if none.
     */
    public static String longestRepeatedFragment(String line) {
        throw new UnsupportedOperationException("not implemented");
    }
}
