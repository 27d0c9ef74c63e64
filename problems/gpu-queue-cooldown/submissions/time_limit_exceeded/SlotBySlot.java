import java.util.HashMap;
import java.util.Map;

/**
 * Brute force: simulate the GPU one slot at a time; in every slot scan all kinds and run the ready
 * one with the most jobs left (idle if none is ready). Correct, but the number of slots grows with
 * the cooldown: O(answer * kinds), hopeless when the cooldown is large.
 */
public class SlotBySlot {
    public static long minSlots(String[] kinds, int cooldown) {
        Map<String, Integer> index = new HashMap<>();
        int[] left = new int[kinds.length];
        for (String kind : kinds) {
            left[index.computeIfAbsent(kind, k -> index.size())]++;
        }
        int k = index.size();
        long[] lastRun = new long[k];
        java.util.Arrays.fill(lastRun, Long.MIN_VALUE / 2);
        long remaining = kinds.length;
        long slot = 0;
        while (remaining > 0) {
            int best = -1;
            for (int i = 0; i < k; i++) {
                if (left[i] > 0 && slot - lastRun[i] > cooldown && (best < 0 || left[i] > left[best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                left[best]--;
                lastRun[best] = slot;
                remaining--;
            }
            slot++;
        }
        return slot;
    }
}
