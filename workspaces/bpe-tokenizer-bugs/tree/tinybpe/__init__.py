"""tinybpe: train, encode and decode with byte-pair merges."""

END = "</w>"
