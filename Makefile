# Two commands do everything on a fresh machine with Python 3.11+, Node.js and npm:
#   make synth   set up, then write dist/ for every environment
#   make test    set up, then run the fast loop (lint and every check but the slow tier)
# `make help` lists every target.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Node 20 is end-of-life for jsii, which otherwise prints a banner on every run.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
# The CLI looks for its own upgrades on every run; pinned tooling has no use for that.
export CDK8S_CHECK_UPGRADE := false
# The cdk8s CLI runs `python main.py`: the virtualenv's python must be the one it finds.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: help synth diff check-images pin-images capacity chart-pods test coverage test-slow test-cluster cluster-tools test-peers peer-tools lint cdk8s-synth snapshot-update imports imports-check mutation mutation-probe policy bench bootstrap-plan promote hotfix check-promotion clean
.DEFAULT_GOAL := synth

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=python3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@# pip writes bytecode for plain `python` only: without it, `python -O` (make synth) would
	@# compile cdk8s-plus-27's bindings from source on every run where bytecode is not written.
	$(PY) -O -m compileall -q -j 0 $(VENV)/lib
	@touch $@

# Bytecode of our own code for `python -O`, written even where PYTHONDONTWRITEBYTECODE is set (as
# on many CI images): otherwise every synth compiles the CRD bindings' 5 MB of source again, a
# second of a three-second synth. compileall rewrites only what changed.
APP_SOURCES := $(shell find codex_constructs codex_platform -name '*.py' 2>/dev/null)
$(VENV)/.compiled: $(VENV)/.installed $(APP_SOURCES) main.py
	$(PY) -O -m compileall -q -j 0 codex_constructs codex_platform main.py
	@touch $@

# checkov pins an old `packaging` that conflicts with pytest 9: it gets a virtualenv of its own.
.venv-checkov/.installed: requirements-checkov.txt
	$(PYTHON) -m venv .venv-checkov
	.venv-checkov/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	@touch $@

# mutmut 2 pins packages of its own (pony, parso): a virtualenv of its own too.
.venv-mutation/.installed: requirements-mutation.txt
	$(PYTHON) -m venv .venv-mutation
	.venv-mutation/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-mutation.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# -O: jsii's generated bindings type-check every argument again at run time (typeguard, under
# __debug__), a third of the build. mypy --strict checks the library and the platform, and the tests run without
# -O, so every call is still checked there; the output is the same either way (the freshness
# test compares this synth's dist/ with its own, which runs with the checks on).
SYNTH := $(PY) -O main.py

## synth: write dist/<environment>/ for every environments/*.yaml (atomically)
synth: $(VENV)/.compiled
	$(SYNTH)

## cdk8s-synth: the same through the cdk8s CLI (it empties its scratch folder cdk8s.out/; main.py writes dist/)
cdk8s-synth: $(VENV)/.compiled node_modules/.installed
	@$(PY) -O -m codex_platform.synth --check
	cdk8s synth

## test: the fast loop: lint, the library's coverage, then every test but the slow tier (behaviour,
## snapshots, schemas, freshness, policy gate), each output check on the platform and on a copy that followed the guides
test: lint coverage node_modules/.installed .venv-checkov/.installed
	CHECKOV=$(CURDIR)/.venv-checkov/bin/checkov $(PY) -m pytest -n auto --dist worksteal -m "not slow and not cluster and not peers"

## coverage: the share of the library's lines its own tests (tests/library/) run, per module; under 90 % fails
coverage: $(VENV)/.installed
	@$(PY) -m coverage run --data-file=.coverage --source=codex_constructs --omit='codex_constructs/_crds/*' -m pytest -q --no-header -p no:xdist -p no:cacheprovider tests/library
	@$(PY) -m coverage report --data-file=.coverage --sort=cover --skip-covered --fail-under=90

## test-slow: what builds or installs: the wheel in fresh virtualenvs, the cdk8s CLI's synth, the
## CRD bindings regenerated and compared (CI runs it after make test; a few minutes)
test-slow: $(VENV)/.installed node_modules/.installed
	$(PY) -m pytest -n auto --dist worksteal -m slow
	$(PY) tools/import_crds.py --check
	$(PY) tools/import_kubernetes.py --check

## cluster-tools: build etcd, kube-apiserver, kube-controller-manager and kube-scheduler (k8s.io/kubernetes
## v1.33.13), kwok (v0.7.0), Helm (v3.21.4) and External Secrets Operator (v0.16.2) into .tools/bin once;
## those on PATH or in KUBEBUILDER_ASSETS are used instead
cluster-tools:
	tools/build-programs.sh cluster

## peer-tools: build promtool (Prometheus v3.14.0, what chart 29.27.0 deploys), Alertmanager and amtool
## (v0.34.0), egctl (Envoy Gateway v1.9.0) and the ESO template renderer into .tools/bin once, unpack Debian's
## Redis and docker-registry there, fetch Kafka 4.1.1's jars (Maven), install the services' Kafka and Redis
## clients (tools/peers/node)
peer-tools:
	tools/build-programs.sh peers

## test-peers: the programs at the edges, for real: promtool checks and unit-tests every alert rule,
## amtool checks Alertmanager's configuration and routes every alert, Alertmanager inhibits and
## delivers them, Redis runs prod's arguments
## and the services' clients connect with the URL the ExternalSecret template renders, a Kafka 4.1.1
## broker runs prod's configuration and kafkajs produces and consumes on every topic, and Envoy
## Gateway's translator accepts every environment's edge, and make pin-images resolves digests from a real registry
test-peers: $(VENV)/.installed peer-tools
	$(PY) -m pytest -p no:xdist -m peers tests/peers

## test-cluster: the real control plane on loopback: every object of every environment applied in
## Argo CD's order with server-side apply, strict validation and Pod Security admission; on nodes built from
## prod's node_pools (kwok playing the kubelets) every Deployment becomes Available at minimum and at maximum
## replicas, every node drains through the eviction API with the budgets holding, and a lost zone is survived;
## the charts rendered by Helm from vendor/charts join the sync, their values' addresses and selectors checked;
## External Secrets Operator (fake provider) makes every Secret the pods read
test-cluster: $(VENV)/.installed cluster-tools
	$(PY) -m pytest -p no:xdist -m cluster tests/cluster

## chart-pods: re-render the charts kept in vendor/charts with Helm (the cluster tier's) and rewrite
## vendor/charts/pods.yaml, the charts' pods that make capacity counts
chart-pods: $(VENV)/.installed cluster-tools
	UPDATE_CHART_PODS=1 $(PY) -m pytest -p no:xdist -m cluster tests/cluster/test_chart_values.py -k chart_pods_make_capacity

## help: this list
help:
	@awk '/^## [a-z0-9-]+: /{sub(/^## /, ""); i = index($$0, ": "); printf "\nmake %-17s %s\n", substr($$0, 1, i - 1), substr($$0, i + 2); next} \
	     /^## /{sub(/^## /, ""); printf "%-22s %s\n", "", $$0}' $(MAKEFILE_LIST)

## lint: ruff (pyflakes, bugbear, import order, pyupgrade, line length; the formatter's layout) over the project's Python, mypy --strict over codex_constructs and codex_platform
lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

## policy: the checkov gate alone, human-readable (--skip-download: no calls to checkov's platform)
policy: .venv-checkov/.installed
	@.venv-checkov/bin/checkov --directory dist --framework kubernetes --compact --quiet --skip-download

## clean: remove the virtualenvs and node_modules (make reinstalls them; .tools/, the built test programs, stays)
clean:
	rm -rf $(VENV) .venv-checkov .venv-mutation node_modules .pytest_cache

## snapshot-update: rewrite snapshots after an intended change (then read the diff!)
snapshot-update: $(VENV)/.compiled
	$(SYNTH)
	$(PY) -m pytest tests/outputs/test_snapshots.py --snapshot-update

## mutation: mutmut over the pure layers (inputs/ model, environments and their checks; derive.py,
## plan.py, flows.py; PATHS="..." for some of them) in scratch copies: the killed ratio and every
## unexplained survivor. Not part of make test (about two hours on two cores).
mutation: $(VENV)/.installed node_modules/.installed .venv-mutation/.installed
	.venv-mutation/bin/python tools/mutmut_layers.py $(PATHS)

## mutation-probe: break each documented behaviour in turn (tools/mutation_probe.py) and check a
## behaviour test fails; ONLY="text" runs the mutants whose name contains it (minutes).
mutation-probe: $(VENV)/.installed node_modules/.installed .venv-checkov/.installed
	CHECKOV=$(CURDIR)/.venv-checkov/bin/checkov $(PY) tools/mutation_probe.py "$(ONLY)"

## imports: regenerate the committed bindings: the CRDs' in codex_constructs/_crds/ from crds/, and the app's Kubernetes API (1.33) in imports/
imports: $(VENV)/.installed node_modules/.installed
	$(PY) tools/import_crds.py
	$(PY) tools/import_kubernetes.py

## imports-check: regenerate them into a scratch folder and compare with the committed ones (a minute;
## make test compares the records in _crds/SOURCES.txt and imports/SOURCES.txt instead)
imports-check: $(VENV)/.installed node_modules/.installed
	$(PY) tools/import_crds.py --check
	$(PY) tools/import_kubernetes.py --check

## diff: what the working tree changes in each environment against BASE (a git ref, HEAD by default; objects added,
## removed, and changed fields with old and new values); FORMAT=markdown for a pull request
BASE ?= HEAD
FORMAT ?= text
diff: $(VENV)/.compiled
	@$(PY) -m codex_platform.operations.diff $(BASE) --format=$(FORMAT)

## check-images: every third-party image prod (ENV=) runs is pinned by digest or listed with its reason
## in deploy/image-pins.yaml (make test runs this check too)
check-images: $(VENV)/.installed
	@$(PY) -m codex_platform.operations.images $(ENV)

## pin-images: resolve each third-party image ENV runs (default prod) to its digest in its registry and
## write it into environments/<ENV>.yaml; REGISTRIES="docker.io=https://mirror.example ..." for mirrors
REGISTRIES ?=
pin-images: synth
	@$(PY) -m codex_platform.operations.pin_images $(or $(ENV),prod) $(foreach r,$(REGISTRIES),--registry=$(r))
	@$(MAKE) --no-print-directory synth

## capacity: what each node pool of ENV (default prod) must hold at minimum and maximum replicas, and
## whether its nodes can (requests, limits, pods, nodes needed and allowed)
capacity: synth
	@$(PY) -m codex_platform.operations.capacity $(or $(ENV),prod)

## bootstrap-plan: what must exist outside Kubernetes before the first sync (ENV=prod|dev|...)
ENV ?= prod
bootstrap-plan: $(VENV)/.installed
	@$(PY) -m codex_platform.operations.bootstrap $(ENV)

## promote: write TO's image overlay with the tags FROM runs (then review and commit)
FROM ?= dev
TO ?= prod
promote: $(VENV)/.installed
	@$(PY) -m codex_platform.operations.promote promote $(FROM) $(TO)

## hotfix: one tag straight into TO, recorded with its reason (SERVICE=, TAG=, REASON=)
hotfix: $(VENV)/.installed
	@$(PY) -m codex_platform.operations.promote hotfix $(TO) "$(SERVICE)" "$(TAG)" "$(REASON)"

## check-promotion: TO runs only tags that FROM ran (or recorded hotfixes); CI runs it in make test
check-promotion: $(VENV)/.installed
	@$(PY) -m codex_platform.operations.promote check $(FROM) $(TO)

## bench: synth wall time and memory, real and synthetic platforms (not part of make test)
bench: $(VENV)/.compiled
	$(PY) bench/synth_bench.py
