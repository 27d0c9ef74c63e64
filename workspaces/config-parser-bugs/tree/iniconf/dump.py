"""Write a configuration back as INI text (references left as they are)."""


def dump(config):
    lines = []
    for section, entries in config.sections.items():
        if lines:
            lines.append("")
        lines.append("[%s]" % section)
        for key, value in entries.items():
            lines.append("%s = %s" % (key, value))
    return "\n".join(lines) + "\n"
