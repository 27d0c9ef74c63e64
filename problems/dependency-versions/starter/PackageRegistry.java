import java.util.List;

/**
 * A package registry that understands semantic versions.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods; the earlier ones must
 * keep working, because the tests of every level run against your final code.
 */
public class PackageRegistry {

    /**
     * Return -1, 0 or 1 as version {@code a} is lower than, equal to or higher than {@code b}.
     *
     * @throws IllegalArgumentException if either is not a valid version
     */
    public int compare(String a, String b) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Record a published version; false if it is invalid or already published. */
    public boolean publish(String pkg, String version) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the published versions of {@code pkg}, lowest precedence first. */
    public List<String> versions(String pkg) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the highest published version without a prerelease tag, or null. */
    public String latest(String pkg) {
        throw new UnsupportedOperationException("TODO");
    }
}
