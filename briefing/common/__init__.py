"""General helpers every layer may use: safe text, bounded reads, atomic writes, safe YAML,
file types, and the freshness rule of every cache."""
