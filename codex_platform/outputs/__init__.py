"""What synth writes besides the charts: the local Compose stack, the architecture diagram, and
the image overlays Argo CD reads."""
