"""The programs behind the make targets that act on the repository or report on it: the bootstrap
plan, image promotion and pinning, the image check, capacity and the diff of a change."""
