"""The dashboard's text summary."""

from traffic.windows import count_windows, longest_quiet_window


def summary(counts, burst, quiet_limit):
    return "\n".join(
        [
            "minutes: %d" % len(counts),
            "windows with exactly %d requests: %d" % (burst, count_windows(counts, burst)),
            "longest window under %d requests: %d min" % (quiet_limit, longest_quiet_window(counts, quiet_limit)),
        ]
    )
