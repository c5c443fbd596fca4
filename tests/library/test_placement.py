"""Placement: where pods may run, as the scheduler and kubelet read it."""

from cdk8s_plus_27 import k8s

from codex_constructs import Placement


def test_nothing_by_default():
    placement = Placement()
    assert (dict(placement.node_selector), placement.tolerations(), placement.runtime_class, placement.dns_config()) == (
        {},
        None,
        None,
        None,
    )


def test_taints_become_no_schedule_tolerations_in_key_order_and_search_domains_a_dns_config():
    placement = Placement(tolerate_taints={"dedicated": "sandbox", "arch": "arm64"}, dns_search=("tools.svc.cluster.local",))
    tolerations = placement.tolerations()
    assert tolerations is not None
    assert [(t.key, t.operator, t.value, t.effect) for t in tolerations] == [
        ("arch", "Equal", "arm64", "NoSchedule"),
        ("dedicated", "Equal", "sandbox", "NoSchedule"),
    ]
    config = placement.dns_config()
    assert isinstance(config, k8s.PodDnsConfig) and config.searches == ["tools.svc.cluster.local"]
