"""roomplanner: parse meetings, count and assign rooms."""
