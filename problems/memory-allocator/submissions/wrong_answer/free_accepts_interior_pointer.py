"""Wrong (level 1): free accepts any address inside a used block, not just its start."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Block:
    start: int
    size: int
    used: bool
    alignment: int = 1  # what the block's address must stay a multiple of, if it moves

    @property
    def end(self) -> int:
        return self.start + self.size


def align_up(address: int, alignment: int) -> int:
    return (address + alignment - 1) // alignment * alignment


class Allocator:
    def __init__(self, size: int) -> None:
        self._size = size
        self._blocks: list[Block] = [Block(0, size, False)]

    # Level 1 -----------------------------------------------------------------------------------

    def malloc(self, size: int) -> int | None:
        return self.malloc_aligned(size, 1)

    def free(self, address: int) -> bool:
        index = next(  # bug: only the exact start of a used block may be freed
            (i for i, b in enumerate(self._blocks) if b.used and b.start <= address < b.end), None
        )
        if index is None:
            return False
        self._blocks[index].used = False
        self._merge_free()
        return True

    # Level 2 -----------------------------------------------------------------------------------

    def stats(self) -> list[int]:
        free = [block.size for block in self._blocks if not block.used]
        used = sum(block.size for block in self._blocks if block.used)
        return [used, sum(free), max(free, default=0), len(free)]

    def layout(self) -> list[str]:
        return [f"{b.start}:{b.size}:{'used' if b.used else 'free'}" for b in self._blocks]

    # Level 3 -----------------------------------------------------------------------------------

    def malloc_aligned(self, size: int, alignment: int) -> int | None:
        for index, block in enumerate(self._blocks):
            if block.used:
                continue
            address = align_up(block.start, alignment)
            if address + size <= block.end:
                self._carve(index, address, size, alignment)
                return address
        return None

    def realloc(self, address: int, size: int) -> int | None:
        index = self._find_used(address)
        if index is None:
            return None
        block = self._blocks[index]
        if size <= block.size:  # shrink (or keep) in place; the tail becomes free
            self._split(index, size)
            self._merge_free()
            return address
        following = self._blocks[index + 1] if index + 1 < len(self._blocks) else None
        if following is not None and not following.used and block.size + following.size >= size:
            self._split(index + 1, size - block.size)  # take just enough of the free neighbour
            block.size = size
            del self._blocks[index + 1]
            return address
        moved = self.malloc_aligned(size, block.alignment)
        if moved is not None:
            self.free(address)
        return moved

    # Level 4 -----------------------------------------------------------------------------------

    def compact(self) -> list[str]:
        """Slide every used block as low as its alignment allows, in address order."""
        moves: list[str] = []
        used: list[Block] = []
        cursor = 0
        for block in self._blocks:
            if not block.used:
                continue
            target = align_up(cursor, block.alignment)
            if target != block.start:
                moves.append(f"{block.start}->{target}")
                block.start = target
            used.append(block)
            cursor = block.end
        self._blocks = []
        cursor = 0
        for block in used:
            if block.start > cursor:  # a gap that alignment forced
                self._blocks.append(Block(cursor, block.start - cursor, False))
            self._blocks.append(block)
            cursor = block.end
        if cursor < self._size:
            self._blocks.append(Block(cursor, self._size - cursor, False))
        return moves

    # Internals ---------------------------------------------------------------------------------

    def _find_used(self, address: int) -> int | None:
        for index, block in enumerate(self._blocks):
            if block.start == address and block.used:
                return index
        return None

    def _carve(self, index: int, address: int, size: int, alignment: int) -> None:
        """Mark [address, address + size) inside free block `index` as used."""
        block = self._blocks[index]
        if address > block.start:  # the gap left by alignment stays free
            self._blocks.insert(index, Block(block.start, address - block.start, False))
            index += 1
            block.size -= address - block.start
            block.start = address
        self._split(index, size)
        block.used, block.alignment = True, alignment

    def _split(self, index: int, size: int) -> None:
        """Cut block `index` down to `size` bytes; the rest becomes a free block after it."""
        block = self._blocks[index]
        if block.size > size:
            self._blocks.insert(index + 1, Block(block.start + size, block.size - size, False))
            block.size = size

    def _merge_free(self) -> None:
        merged: list[Block] = []
        for block in self._blocks:
            if merged and not block.used and not merged[-1].used:
                merged[-1].size += block.size
            else:
                merged.append(block)
        self._blocks = merged
