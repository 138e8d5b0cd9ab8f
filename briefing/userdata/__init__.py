"""Files the user owns: settings, themes, reader state, sidecars, their backups and
structural YAML edits."""
