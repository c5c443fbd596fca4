"""What follows from the model and an environment, for the clusters: addresses and variables,
connections and their network rules, secret sources, alerts, and the upstream charts to install."""
