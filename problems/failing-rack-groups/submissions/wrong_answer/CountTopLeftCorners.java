/** Wrong: counts failing racks with no failing neighbour above or to the left (fails on U shapes). */
public class CountTopLeftCorners {
    public static int countFailureGroups(String[] floor) {
        int groups = 0;
        for (int r = 0; r < floor.length; r++) {
            for (int c = 0; c < floor[r].length(); c++) {
                if (floor[r].charAt(c) != '#') {
                    continue;
                }
                boolean up = r > 0 && floor[r - 1].charAt(c) == '#';
                boolean left = c > 0 && floor[r].charAt(c - 1) == '#';
                if (!up && !left) {
                    groups++;
                }
            }
        }
        return groups;
    }
}
