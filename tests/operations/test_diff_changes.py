"""How `make diff` lines up the items of a list: by the name each carries, so an item added in
the middle is one addition, not a change of every item after it."""

from __future__ import annotations

from codex_platform.operations.diff import changes


def rule(alert: str, **labels: str) -> dict:
    return {"alert": alert, "expr": "vector(1)", "labels": {"severity": "warning", **labels}}


def test_alert_rules_are_matched_by_alert_and_labels():
    before = [rule("KafkaConsumerLagHigh", topic="RUN_JOBS"), rule("KafkaBrokerDown")]
    after = [rule("KafkaConsumerLagHigh", topic="RUN_JOBS"), rule("KafkaConsumerLagHigh", topic="BILLING"), rule("KafkaBrokerDown")]
    assert list(changes({"rules": before}, {"rules": after})) == [
        ("rules[alert=KafkaConsumerLagHigh{topic=BILLING}]", None, rule("KafkaConsumerLagHigh", topic="BILLING")),
    ]


def test_named_items_are_matched_by_name_and_unnamed_ones_by_position():
    containers = [{"name": "app", "image": "a:1"}, {"name": "sidecar", "image": "s:1"}]
    moved = [{"name": "sidecar", "image": "s:1"}, {"name": "app", "image": "a:2"}]
    assert list(changes({"c": containers}, {"c": moved})) == [("c[name=app].image", "a:1", "a:2")]
    assert list(changes({"args": ["a", "b"]}, {"args": ["b", "a"]})) == [("args[0]", "a", "b"), ("args[1]", "b", "a")]
    twice = [rule("ServiceUnavailable"), rule("ServiceUnavailable")]
    assert list(changes({"r": twice}, {"r": twice[:1]})) == [("r[1]", twice[1], None)], "rules that do not say of what: by position"
