/** Next strictly greater element with a monotonic stack of days: O(n) time, O(n) space. */
public class PriceAlert {
    public static int[] daysUntilHigher(int[] prices) {
        int[] wait = new int[prices.length];
        int[] waiting = new int[prices.length]; // days whose prices are non-increasing bottom to top
        int top = 0;
        for (int day = 0; day < prices.length; day++) {
            while (top > 0 && prices[waiting[top - 1]] < prices[day]) {
                int earlier = waiting[--top];
                wait[earlier] = day - earlier; // today is the first day that beats it
            }
            waiting[top++] = day;
        }
        return wait; // days left on the stack are never beaten: 0
    }
}
