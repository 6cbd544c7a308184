"""The meeting's rules in plain Python: meetings and phases, contributions, facilitation, groups, privacy."""
