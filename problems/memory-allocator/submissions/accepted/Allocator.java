import java.util.ArrayList;
import java.util.List;

/**
 * A C-like heap allocator over a fixed range of addresses: first fit, realloc, alignment,
 * compaction.
 *
 * <p>Reference solution for all four levels. The heap is a list of blocks in address order that
 * tiles {@code [0, size)} exactly: every byte belongs to one block, used or free, and no two free
 * blocks are adjacent. Every change goes through {@link #split} and {@link #mergeFree}, which keep
 * those two invariants, so each operation only has to find the right block.
 */
public class Allocator {

    private static final class Block {
        long start;
        long size;
        boolean used;
        /** What the block's address must stay a multiple of, if it moves. */
        long alignment = 1;

        Block(long start, long size, boolean used) {
            this.start = start;
            this.size = size;
            this.used = used;
        }

        long end() {
            return start + size;
        }
    }

    private final long size;
    private List<Block> blocks = new ArrayList<>();

    public Allocator(long size) {
        this.size = size;
        blocks.add(new Block(0, size, false));
    }

    // Level 1 ------------------------------------------------------------------------------------

    public Long malloc(long size) {
        return mallocAligned(size, 1);
    }

    public boolean free(long address) {
        int index = findUsed(address);
        if (index < 0) {
            return false;
        }
        blocks.get(index).used = false;
        mergeFree();
        return true;
    }

    // Level 2 ------------------------------------------------------------------------------------

    public List<Long> stats() {
        long used = 0;
        long free = 0;
        long largest = 0;
        long count = 0;
        for (Block block : blocks) {
            if (block.used) {
                used += block.size;
            } else {
                free += block.size;
                largest = Math.max(largest, block.size);
                count++;
            }
        }
        return List.of(used, free, largest, count);
    }

    public List<String> layout() {
        return blocks.stream()
                .map(b -> b.start + ":" + b.size + ":" + (b.used ? "used" : "free"))
                .toList();
    }

    // Level 3 ------------------------------------------------------------------------------------

    public Long mallocAligned(long size, long alignment) {
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block.used) {
                continue;
            }
            long address = alignUp(block.start, alignment);
            if (address + size <= block.end()) {
                carve(index, address, size, alignment);
                return address;
            }
        }
        return null;
    }

    public Long realloc(long address, long size) {
        int index = findUsed(address);
        if (index < 0) {
            return null;
        }
        Block block = blocks.get(index);
        if (size <= block.size) { // shrink (or keep) in place; the tail becomes free
            split(index, size);
            mergeFree();
            return address;
        }
        Block following = index + 1 < blocks.size() ? blocks.get(index + 1) : null;
        if (following != null && !following.used && block.size + following.size >= size) {
            split(index + 1, size - block.size); // take just enough of the free neighbour
            block.size = size;
            blocks.remove(index + 1);
            return address;
        }
        Long moved = mallocAligned(size, block.alignment);
        if (moved != null) {
            free(address);
        }
        return moved;
    }

    // Level 4 ------------------------------------------------------------------------------------

    /** Slide every used block as low as its alignment allows, in address order. */
    public List<String> compact() {
        List<String> moves = new ArrayList<>();
        List<Block> used = new ArrayList<>();
        long cursor = 0;
        for (Block block : blocks) {
            if (!block.used) {
                continue;
            }
            long target = alignUp(cursor, block.alignment);
            if (target != block.start) {
                moves.add(block.start + "->" + target);
                block.start = target;
            }
            used.add(block);
            cursor = block.end();
        }
        blocks = new ArrayList<>();
        cursor = 0;
        for (Block block : used) {
            if (block.start > cursor) { // a gap that alignment forced
                blocks.add(new Block(cursor, block.start - cursor, false));
            }
            blocks.add(block);
            cursor = block.end();
        }
        if (cursor < size) {
            blocks.add(new Block(cursor, size - cursor, false));
        }
        return moves;
    }

    // Internals ----------------------------------------------------------------------------------

    private static long alignUp(long address, long alignment) {
        return (address + alignment - 1) / alignment * alignment;
    }

    private int findUsed(long address) {
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block.start == address && block.used) {
                return index;
            }
        }
        return -1;
    }

    /** Mark {@code [address, address + size)} inside free block {@code index} as used. */
    private void carve(int index, long address, long size, long alignment) {
        Block block = blocks.get(index);
        if (address > block.start) { // the gap left by alignment stays free
            blocks.add(index, new Block(block.start, address - block.start, false));
            index++;
            block.size -= address - block.start;
            block.start = address;
        }
        split(index, size);
        block.used = true;
        block.alignment = alignment;
    }

    /** Cut block {@code index} down to {@code size} bytes; the rest becomes a free block after it. */
    private void split(int index, long size) {
        Block block = blocks.get(index);
        if (block.size > size) {
            blocks.add(index + 1, new Block(block.start + size, block.size - size, false));
            block.size = size;
        }
    }

    private void mergeFree() {
        List<Block> merged = new ArrayList<>();
        for (Block block : blocks) {
            Block last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !block.used && !last.used) {
                last.size += block.size;
            } else {
                merged.add(block);
            }
        }
        blocks = merged;
    }
}
