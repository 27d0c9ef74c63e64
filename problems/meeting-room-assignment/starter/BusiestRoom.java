public class BusiestRoom {
    /**
     * Replays the booking requests [starts[i], ends[i]) over rooms 0..rooms-1 and returns the room
     * that hosted the most meetings (the lowest number on a tie).
     */
    public static int busiestRoom(int rooms, int[] starts, int[] ends) {
        throw new UnsupportedOperationException("not implemented");
    }
}
