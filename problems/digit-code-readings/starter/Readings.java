public class Readings {
    /** Return the number of ways to split digits into ids 1..maxId (no leading zeros), mod 10^9 + 7. */
    public static int countReadings(String digits, int maxId) {
        throw new UnsupportedOperationException("not implemented");
    }
}
