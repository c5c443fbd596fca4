"""The platform-wide defaults every construct shares."""

from codex_constructs import topology_spread_values


def test_replicas_spread_over_zones_as_far_as_possible_and_over_nodes_strictly():
    assert topology_spread_values({"app": "x"}, ["pod-template-hash"]) == [
        {
            "maxSkew": 1,
            "topologyKey": "topology.kubernetes.io/zone",
            "whenUnsatisfiable": "ScheduleAnyway",
            "nodeTaintsPolicy": "Honor",
            "labelSelector": {"matchLabels": {"app": "x"}},
            "matchLabelKeys": ["pod-template-hash"],
        },
        {
            "maxSkew": 1,
            "topologyKey": "kubernetes.io/hostname",
            "whenUnsatisfiable": "DoNotSchedule",
            "nodeTaintsPolicy": "Honor",
            "labelSelector": {"matchLabels": {"app": "x"}},
            "matchLabelKeys": ["pod-template-hash"],
        },
    ]
    assert "matchLabelKeys" not in topology_spread_values({"app": "x"})[0]
