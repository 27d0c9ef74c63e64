"""iniconf: read INI configuration files."""
