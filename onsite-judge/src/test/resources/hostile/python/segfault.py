# Crash the interpreter: read address 0, and the kernel forces SIGSEGV on the process.
import ctypes

ctypes.string_at(0)
