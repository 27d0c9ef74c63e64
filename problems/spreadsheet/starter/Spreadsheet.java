/**
 * A spreadsheet: cells hold integers or formulas that compute integers from other cells.
 *
 * <p>Level 1 asks for the methods below. Every later level adds methods or grammar; the earlier
 * methods must keep working, because the tests of every level run against your final code.
 */
public class Spreadsheet {

    /**
     * Store {@code content} ("", an integer, or "=" formula) in {@code cell}; return false, changing
     * nothing, if the content is malformed.
     */
    public boolean setCell(String cell, String content) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the cell's current value; 0 for an empty cell (null for an error, from level 2). */
    public Long getValue(String cell) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the content last stored in {@code cell}, or "" if it is empty. */
    public String getContent(String cell) {
        throw new UnsupportedOperationException("TODO");
    }
}
