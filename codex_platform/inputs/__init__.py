"""The two YAML files, read strictly and checked: the platform model (platform.yaml) and each
environment's settings (environments/<name>.yaml)."""
