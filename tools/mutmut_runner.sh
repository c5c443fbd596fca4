#!/bin/sh
# One mutant's verdict (tools/mutmut_layers.py): the behaviour tests that read the derivations,
# the plan and the network rules, those of the checks that refuse bad input and the spec's figures,
# stopping at the first failure, without the byte guard of the generated files. $MUTATION_FIRST
# names test files to run first (pytest runs a file given twice once): only the order changes, so
# a mutant the first ones kill costs less.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 PYTHONDONTWRITEBYTECODE=1
.venv/bin/python -m pytest -x -q -p no:cacheprovider $MUTATION_FIRST \
  tests/derivations/test_plan.py tests/derivations/test_derive.py tests/derivations/test_network_flows.py tests/charts/test_hardening.py \
  tests/charts/test_workload_contract.py tests/charts/test_trust.py tests/charts/test_data_edge.py tests/outputs/test_local.py \
  tests/charts/test_gateway_edge.py tests/charts/test_observability.py tests/derivations/test_alerts.py tests/charts/test_gitops.py \
  tests/inputs/test_config_errors.py tests/test_bad_input.py tests/inputs/test_schema_loader.py tests/inputs/test_input_values.py tests/inputs/test_input_defaults.py tests/inputs/test_model_checks.py tests/inputs/test_environment_checks.py tests/charts/test_spec_conformance.py \
  --deselect tests/outputs/test_local.py::test_generated_files_are_fresh >/dev/null 2>&1 || exit 1
