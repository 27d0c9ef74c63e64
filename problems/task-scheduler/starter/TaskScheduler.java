/**
 * A task scheduler that hands out tasks by priority. Time is passed in: there is no clock, and no
 * threads are needed.
 *
 * <p>Level 1 asks for the methods below. Later levels add methods and a constructor; the earlier
 * ones must keep working, because the tests of every level run against your final code.
 */
public class TaskScheduler {

    /** Add a task; return false, changing nothing, if {@code taskId} was ever submitted before. */
    public boolean submit(String taskId, long priority, long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Remove and return the task to run next, or null if no task is waiting. */
    public String nextTask(long timestamp) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Return the number of tasks waiting to be dispatched. */
    public int pending() {
        throw new UnsupportedOperationException("TODO");
    }
}
