/**
 * A simulator of a counting protocol on a tree of machines that only know their children.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods; the earlier ones must
 * keep working, because the tests of every level run against your final code.
 */
public class Network {

    /**
     * Build the network: {@code parents[i]} is the machine above machine i, or -1 for the root.
     *
     * @throws IllegalArgumentException if the array does not describe a tree
     */
    public Network(int[] parents) {}

    /** Run the protocol from {@code start}; return the number of machines in its subtree. */
    public int count(int start) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the number of messages (requests and replies) sent by all runs so far. */
    public long messages() {
        throw new UnsupportedOperationException("TODO");
    }
}
