public class ConfigRollout {
    /** Returns the rounds until every healthy node has the config, 0 if none needs it, -1 if one never gets it. */
    public static int propagationRounds(String[] grid) {
        throw new UnsupportedOperationException("not implemented");
    }
}
