"""Each environment is resolved once into a plan, and everything downstream reads it."""

import re

import pytest
import yaml

from helpers import ROOT, declared

#: Where a decision of the plan may be read from the environment file. Anywhere else, the
#: same question would be answered a second time, and the answers could drift.
DECISIONS = {
    r"\.paused\b": "whether the environment runs",
    r"\.rendered\(\)": "which edges are rendered",
    r"\bpublic_routes\(": "which routes are served",
    r"\bservice_dials\(model, \w+, config\)": "the connections a service opens",
}
PLANNED_IN = {"derivations/plan.py"}
#: The checks on the files themselves (they refuse what no plan could be made of).
READ_BY_CHECKS = {"inputs/config.py", "inputs/model.py"}


def test_each_decision_is_taken_in_the_plan_only():
    package = ROOT / "codex_platform"
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = str(path.relative_to(package))
        if relative in PLANNED_IN | READ_BY_CHECKS:
            continue
        for pattern, decision in DECISIONS.items():
            for line in path.read_text().splitlines():
                if re.search(pattern, line) and not line.lstrip().startswith(("def ", "#", '"""')):
                    found.append(f"{relative}: {decision}: {line.strip()}")
    assert found == []


def test_a_paused_environment_plans_every_workload_at_zero_and_nothing_to_scale_it(project):
    project.edit("environments/prod.yaml", lambda d: d.update(paused=True))
    prod = next(plan for plan in project.load() if plan.name == "prod")
    assert not prod.running
    assert {name: service.replicas for name, service in prod.services.items()} == dict.fromkeys(declared()["services"], 0)
    assert not any(service.autoscaling or service.lag_scaling for service in prod.services.values())
    assert (prod.autoscaled, prod.lag_scaled) == (False, False)
    assert prod.replicas(3) == 0, "kafka-ui and redis too"
    assert "keda-operator" not in {flow.source for flow in prod.flows}, "no KEDA, so no flow from it"


def test_a_running_environment_keeps_what_its_file_says(environments):
    prod = environments["prod"]
    configured = yaml.safe_load((ROOT / "environments/prod.yaml").read_text())["services"]
    assert prod.running and prod.replicas(3) == 3 and prod.replicas() is None
    for name, service in prod.services.items():
        assert service.replicas == configured[name].get("replicas"), name
        assert (service.autoscaling is not None) == ("autoscaling" in configured[name]), name
        assert (service.lag_scaling is not None) == ("lag_scaling" in configured[name]), name


def test_every_address_a_service_is_given_is_one_of_its_flows(environments):
    """The variables and the network rules are built from the same dials."""
    for plan in environments.values():
        flows = {(flow.source, flow.dial.variable, flow.dial.value) for flow in plan.flows}
        for name, service in plan.services.items():
            for dial in service.dials:
                assert (name, dial.variable, dial.value) in flows
                if dial.value is not None:
                    assert service.env[dial.variable] == dial.value, (name, dial.variable)


def test_the_kind_s_own_ports_are_props_and_the_rest_travel_as_ports(environments):
    services = environments["prod"].services
    spec = declared()["services"]
    collab = services["collab-service"]
    assert (collab.port("http"), collab.port("grpc")) == (5001, 50054), "the spec's socket and gRPC ports"
    for name, service in services.items():
        declared_ports = [port["name"] for port in spec[name].get("ports", [])]
        assert [port.name for port in service.ports] == declared_ports, name
        kind_ports = {"grpc": {"grpc"}, "http": {"http"}, "websocket": {"http", "grpc"}, "kafka-worker": set()}[spec[name]["kind"]]
        assert {port.name for port in service.other_ports()} == set(declared_ports) - kind_ports, name
        # A worker takes no inbound traffic: its ports stay on the container.
        assert all(port.expose == (spec[name]["kind"] != "kafka-worker") for port in service.ports), name


def test_a_plan_cannot_be_changed_by_what_reads_it(environments):
    """Every chart reads the same plan: none may change a decision under another's feet."""
    import dataclasses

    prod = environments["prod"]
    service = prod.services["auth-user-service"]
    migration = service.migration
    assert migration is not None
    for value, field in (
        (prod, "running"),
        (service, "replicas"),
        (migration, "dials"),
        (prod.flows[0], "dial"),
        (prod.flows[0].dial, "ports"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, field, None)
