#!/bin/sh
# One mutant's verdict (tools/mutmut_layers.py): the behaviour tests that read the derivations,
# the plan and the network rules, those of the checks that refuse bad input and the spec's figures,
# stopping at the first failure, without the byte guard of the generated files. $MUTATION_FIRST
# names test files to run first (pytest runs a file given twice once): only the order changes, so
# a mutant the first ones kill costs less.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 PYTHONDONTWRITEBYTECODE=1
.venv/bin/python -m pytest -x -q -p no:cacheprovider $MUTATION_FIRST \
  tests/test_plan.py tests/test_derive.py tests/test_network_flows.py tests/test_hardening.py \
  tests/test_workload_contract.py tests/test_trust.py tests/test_data_edge.py tests/test_local.py \
  tests/test_gateway_edge.py tests/test_observability.py tests/test_alerts.py tests/test_gitops.py \
  tests/test_config_errors.py tests/test_bad_input.py tests/test_schema_loader.py tests/test_input_values.py tests/test_input_defaults.py tests/test_model_checks.py tests/test_environment_checks.py tests/test_spec_conformance.py \
  --deselect tests/test_local.py::test_generated_files_are_fresh >/dev/null 2>&1 || exit 1
