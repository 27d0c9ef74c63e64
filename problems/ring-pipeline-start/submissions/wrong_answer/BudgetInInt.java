/** Wrong: keeps the budget and the total in an int, which overflows past 2^31 - 1 credits. */
public class BudgetInInt {
    public static int firstViableStart(int[] grant, int[] spend) {
        int total = 0;
        int budget = 0;
        int start = 0;
        for (int i = 0; i < grant.length; i++) {
            int delta = grant[i] - spend[i];
            total += delta;
            budget += delta;
            if (budget < 0) {
                start = i + 1;
                budget = 0;
            }
        }
        return total >= 0 ? start : -1;
    }
}
