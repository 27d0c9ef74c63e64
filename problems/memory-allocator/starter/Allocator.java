/**
 * A heap allocator over the addresses {@code 0 .. size - 1}, like C's malloc and free.
 *
 * <p>Level 1 asks for the constructor and methods below. Every later level adds methods to this
 * class; the earlier ones must keep working, because the tests of every level run against your
 * final code.
 */
public class Allocator {

    /** Create a heap of {@code size} bytes, all free. */
    public Allocator(long size) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Reserve {@code size} bytes at the lowest address where they fit in one free range; return
     * that address, or null if no free range is large enough.
     */
    public Long malloc(long size) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Release the block that starts at {@code address}; return false if there is none. */
    public boolean free(long address) {
        throw new UnsupportedOperationException("TODO");
    }
}
