public class GpuCooldown {
    /** Returns the fewest slots that run every job when same-kind jobs need `cooldown` slots between them. */
    public static long minSlots(String[] kinds, int cooldown) {
        throw new UnsupportedOperationException("not implemented");
    }
}
