"""The question of the day: the check, its rules and rewrites, and the question bank."""
