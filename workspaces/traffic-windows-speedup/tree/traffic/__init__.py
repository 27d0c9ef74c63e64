"""traffic: per-minute request counts and the windows the planners ask about."""
