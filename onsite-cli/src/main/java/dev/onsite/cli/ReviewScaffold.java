package dev.onsite.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The files of a new code review package that passes {@code ./onsite check} as it is. */
final class ReviewScaffold {

  private ReviewScaffold() {}

  static Map<String, String> files(String name) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "review.yaml",
        """
        title: Review %s
        round: code-review
        difficulty: medium
        minutes: 25
        language: python
        ai_generated: false
        companies: []
        tags: []
        pass_mark: 70
        line_tolerance: 2
        """
            .formatted(name));
    files.put(
        "statement.md",
        """
        # PR: replace this with the change under review

        Say what the code is for, what the author claims, and what the reviewer should focus on.
        """);
    files.put(
        "code/inventory.py",
        """
        \"\"\"Keep stock counts for a small shop; replace this file with the code under review.\"\"\"

        import threading


        class Inventory:
            \"\"\"Stock counts per item, shared by the order threads.\"\"\"

            def __init__(self):
                self._stock = {}
                self._lock = threading.Lock()

            def add(self, item, count):
                if count <= 0:
                    raise ValueError("count must be positive")
                with self._lock:
                    self._stock[item] = self._stock.get(item, 0) + count

            def remove(self, item, count):
                if self._stock.get(item, 0) < count:
                    return False
                self._stock[item] -= count
                return True

            def total(self):
                total = 0
                for item in list(self._stock):
                    total += self._stock[item]
                return total

            def report(self):
                lines = []
                for item in sorted(self._stock):
                    lines.append(f"{item}: {self._stock[item]}")
                return "\\n".join(lines)
        """);
    files.put(
        "code/test_inventory.py",
        """
        from inventory import Inventory


        def test_add_then_total():
            inv = Inventory()
            inv.add("apple", 3)
            inv.add("pear", 2)
            assert inv.total() == 5


        def test_add_rejects_zero():
            inv = Inventory()
            try:
                inv.add("apple", 0)
            except ValueError:
                return
            assert False, "expected ValueError"
        """);
    files.put(
        "defects.yaml",
        """
        defects:
          - id: remove-outside-the-lock
            file: code/inventory.py
            lines: [19, 22]
            category: concurrency
            severity: 3
            title: remove() checks and updates the stock without the lock
            explanation: |
              Two order threads can both pass the check and both subtract, so the stock goes
              negative. Take the lock around the check and the update.
          - id: remove-accepts-negative-count
            file: code/inventory.py
            lines: [19, 20]
            category: bug
            severity: 2
            title: remove() with a negative count adds stock
            explanation: |
              remove("apple", -5) passes the check and increases the stock. Reject counts
              that are not positive, as add() does.
          - id: no-test-for-remove
            file: code/test_inventory.py
            lines: [1, 17]
            category: test-gap
            severity: 1
            title: No test covers remove()
            explanation: |
              Nothing tests removing more than is in stock, or concurrent removals.
        """);
    files.put(
        "submissions/full/reference.yaml",
        """
        comments:
          - file: code/inventory.py
            line: 20
            category: concurrency
            text: The check and the update are not under the lock.
          - file: code/inventory.py
            line: 19
            category: bug
            text: A negative count adds stock.
          - file: code/test_inventory.py
            line: 1
            category: test-gap
            text: remove() has no tests.
        """);
    files.put(
        "submissions/weak/nitpicker.yaml",
        """
        comments:
          - file: code/inventory.py
            line: 33
            category: design
            text: Use a join over a generator here.
        """);
    return files;
  }
}
