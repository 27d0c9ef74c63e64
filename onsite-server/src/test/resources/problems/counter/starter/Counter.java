import java.util.*;

public class Counter {

    public int increment(String key) {
        return 0;
    }

    public int getCount(String key) {
        return 0;
    }
}
