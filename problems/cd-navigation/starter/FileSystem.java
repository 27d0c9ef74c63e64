/**
 * An in-memory directory tree with a working directory, as a shell sees it.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
 * working, because the tests of every level run against your final code.
 */
public class FileSystem {

    /** Start with only the root directory "/", which is also the working directory. */
    public FileSystem() {}

    /** Create the directory named by {@code path}; its parent must exist and its name be new. */
    public boolean mkdir(String path) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Make the directory named by {@code path} the working directory; false if there is none. */
    public boolean cd(String path) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the absolute path of the working directory ("/" for the root). */
    public String pwd() {
        throw new UnsupportedOperationException("TODO");
    }
}
