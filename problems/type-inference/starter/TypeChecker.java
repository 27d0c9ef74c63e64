/**
 * A type checker for a tiny Lisp-like language, with no type annotations.
 *
 * <p>Level 1 asks for {@code infer} over literals, {@code if}, and builtins. Later levels extend
 * the language and add {@code define}; programs accepted by an earlier level must keep their types,
 * because the tests of every level run against your final code.
 */
public class TypeChecker {

    /**
     * Return the type of {@code expression} ("int", "int -> bool", ...) or an error message: "error:
     * syntax", "error: unbound NAME", "error: mismatch" (and, from level 2, "error: infinite type").
     * Never throw.
     */
    public String infer(String expression) {
        throw new UnsupportedOperationException("TODO");
    }
}
