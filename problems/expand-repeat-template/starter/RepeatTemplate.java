public class RepeatTemplate {
    /** Returns the literal text that the repeat template stands for. */
    public static String expandTemplate(String template) {
        throw new UnsupportedOperationException("not implemented");
    }
}
