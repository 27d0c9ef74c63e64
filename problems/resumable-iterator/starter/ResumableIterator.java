import java.util.List;
import java.util.Map;

/**
 * An iterator whose position can be saved as plain data and restored.
 *
 * <p>Level 1 asks for ArrayIterator. Every later level adds a class implementing this interface,
 * in this file; the earlier classes must keep working, because the tests of every level run
 * against your final code.
 */
public interface ResumableIterator {

    /** Return whether next() would return an item. */
    boolean hasNext();

    /** Return the next item; throw NoSuchElementException when there is none. */
    int next();

    /** Return the current state (a new map every time). */
    Map<String, Object> getState();

    /** Restore a state; throw IllegalArgumentException, changing nothing, if it is invalid. */
    void setState(Map<String, Object> state);
}

class ArrayIterator implements ResumableIterator {

    ArrayIterator(List<Integer> items) {}

    @Override
    public boolean hasNext() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public int next() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return {"position": number of items already returned}. */
    @Override
    public Map<String, Object> getState() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Move to state["position"] (a Long); throw IllegalArgumentException if it is invalid. */
    @Override
    public void setState(Map<String, Object> state) {
        throw new UnsupportedOperationException("TODO");
    }
}
