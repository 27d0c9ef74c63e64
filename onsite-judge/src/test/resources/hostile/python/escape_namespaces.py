# Try the system calls that break out of a container: a new user namespace, mount, chroot, setuid.
import ctypes, os

a, b = map(int, input().split())
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET = 0x10000000, 0x00020000, 0x40000000
worked = []
for name, flags in (("user", CLONE_NEWUSER), ("mount", CLONE_NEWNS), ("net", CLONE_NEWNET)):
    if libc.unshare(flags) == 0:
        worked.append("unshare " + name)
if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
    worked.append("mount")
if libc.chroot(b"/tmp") == 0:
    worked.append("chroot")
if libc.setuid(0) == 0 and os.getuid() == 0 and libc.setgroups(0, None) == 0:
    worked.append("setuid 0 and setgroups")
print(a + b if not worked else "LEAK " + ", ".join(worked))
