"""trainconf: parse and validate training job configuration files."""
