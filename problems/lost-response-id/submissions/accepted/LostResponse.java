/** XOR of every id: pairs cancel (x ^ x == 0), the lone id remains. O(n) time, O(1) memory. */
public class LostResponse {
    public static int lostRequest(int[] log) {
        int lost = 0;
        for (int id : log) {
            lost ^= id;
        }
        return lost;
    }
}
