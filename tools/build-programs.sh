#!/usr/bin/env bash
# `make cluster-tools` (tools/build-programs.sh cluster) and `make peer-tools` (... peers): build
# the real programs the test tiers run into .tools/bin once, from the pinned modules in
# tools/<tier>/*/go.mod. A program already on PATH or in $KUBEBUILDER_ASSETS (a CI with
# setup-envtest) is used as it is, and not built. A build is redone only when its go.mod or
# go.sum changes (a stamp per module records their hash).
set -euo pipefail
cd "$(dirname "$0")"
bin="$(cd .. && pwd)/.tools/bin"
mkdir -p "$bin"

found() { [ -n "${KUBEBUILDER_ASSETS:-}" ] && [ -x "$KUBEBUILDER_ASSETS/$1" ] && return 0; command -v "$1" >/dev/null 2>&1; }

build() {  # build MODULE_DIR PROGRAM=PACKAGE...
  local module=$1; shift
  local stamp="$bin/.$(basename "$module")-$(cat "$module/go.mod" "$module/go.sum" | sha256sum | cut -c1-16)"
  local wanted=()
  for pair in "$@"; do
    local program=${pair%%=*} package=${pair#*=}
    if found "$program"; then echo "$program: using $(command -v "$program" 2>/dev/null || echo "$KUBEBUILDER_ASSETS/$program")"; continue; fi
    if [ -f "$stamp" ] && [ -x "$bin/$program" ]; then continue; fi
    wanted+=("$package")
  done
  [ ${#wanted[@]} -eq 0 ] && return 0
  echo "building ${wanted[*]} (a first build takes minutes on two cores)"
  (cd "$module" && go build -trimpath -o "$bin/" "${wanted[@]}")
  touch "$stamp"
}

redis_from_debian() {  # Debian's Redis server, unpacked into .tools (no service is installed or started)
  found redis-server && { echo "redis-server: using $(command -v redis-server)"; return 0; }
  [ -x "$bin/redis-server" ] && return 0
  local debs="$bin/../redis" packages=(redis-tools libjemalloc2 liblzf1)
  rm -rf "$debs" && mkdir -p "$debs/root"
  (cd "$debs" && { apt-get download "${packages[@]}" 2>/dev/null || { apt-get update -qq && apt-get download "${packages[@]}"; }; })
  for deb in "$debs"/*.deb; do dpkg-deb -x "$deb" "$debs/root"; done
  # redis-tools ships the server as redis-check-rdb: the binary acts as what its name says.
  cp "$debs/root/usr/bin/redis-check-rdb" "$debs/root/usr/bin/redis-server"
  printf '#!/bin/sh\nLD_LIBRARY_PATH="%s" exec "%s" "$@"\n' "$debs/root/usr/lib/x86_64-linux-gnu" "$debs/root/usr/bin/redis-server" > "$bin/redis-server"
  chmod +x "$bin/redis-server"
}

registry_from_debian() {  # the CNCF distribution registry (Debian's docker-registry), for make pin-images' tests
  found docker-registry && { echo "docker-registry: using $(command -v docker-registry)"; return 0; }
  [ -x "$bin/docker-registry" ] && return 0
  local debs="$bin/../registry"
  rm -rf "$debs" && mkdir -p "$debs/root"
  (cd "$debs" && { apt-get download docker-registry 2>/dev/null || { apt-get update -qq && apt-get download docker-registry; }; })
  dpkg-deb -x "$debs"/docker-registry_*.deb "$debs/root"
  ln -sf "$debs/root/usr/bin/docker-registry" "$bin/docker-registry"
}

node_clients() {  # the services' Redis clients at their lockfiles' versions
  local folder=peers/node stamp
  stamp="$folder/node_modules/.installed-$(sha256sum "$folder/package-lock.json" | cut -c1-16)"
  [ -f "$stamp" ] && return 0
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
}

alertmanager_server() {  # Alertmanager's own server, from its module, without its web UI
  found alertmanager && { echo "alertmanager: using $(command -v alertmanager)"; return 0; }
  local module=peers/alertmanager src="$bin/../src/alertmanager" stamp
  stamp="$bin/.alertmanager-server-$(cat "$module/go.mod" "$module/go.sum" | sha256sum | cut -c1-16)"
  [ -f "$stamp" ] && [ -x "$bin/alertmanager" ] && return 0
  # ui/web.go embeds ui/app/dist, the built web UI, which the module does not ship: a copy of the
  # module with a page in its place builds the server (the tests use its API, not the UI).
  rm -rf "$src" && mkdir -p "$src"
  cp -r "$(cd "$module" && go list -m -f '{{.Dir}}' github.com/prometheus/alertmanager)/." "$src"
  chmod -R u+w "$src" && mkdir -p "$src/ui/app/dist"
  echo '<!doctype html><title>Alertmanager</title><p>The web UI is not built here; the API serves.</p>' > "$src/ui/app/dist/index.html"
  cp "$module/go.mod" "$src.mod" && cp "$module/go.sum" "$src.sum"
  echo "replace github.com/prometheus/alertmanager => $src" >> "$src.mod"
  echo "building github.com/prometheus/alertmanager/cmd/alertmanager (a first build takes minutes)"
  (cd "$module" && go build -modfile="$src.mod" -trimpath -o "$bin/" github.com/prometheus/alertmanager/cmd/alertmanager)
  touch "$stamp"
}

kafka_broker() {  # Apache Kafka's jars at the Kafka resource's version, from Maven Central
  local libs="$bin/../kafka/libs" stamp
  stamp="$libs/.installed-$(sha256sum peers/kafka/pom.xml | cut -c1-16)"
  [ -f "$stamp" ] && return 0
  rm -rf "$libs"
  (cd peers/kafka && mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs")
  touch "$stamp"
}

case "${1:-}" in
  cluster)
    build cluster/kubernetes etcd=./etcd kube-apiserver=k8s.io/kubernetes/cmd/kube-apiserver \
      kube-controller-manager=k8s.io/kubernetes/cmd/kube-controller-manager kube-scheduler=k8s.io/kubernetes/cmd/kube-scheduler
    build cluster/kwok kwok=sigs.k8s.io/kwok/cmd/kwok
    build cluster/helm helm=helm.sh/helm/v3/cmd/helm
    build cluster/external-secrets external-secrets=github.com/external-secrets/external-secrets ;;
  peers)
    build peers/prometheus promtool=github.com/prometheus/prometheus/cmd/promtool
    build peers/alertmanager amtool=github.com/prometheus/alertmanager/cmd/amtool
    alertmanager_server
    build peers/esotemplate esotemplate=.
    build peers/envoygateway egctl=github.com/envoyproxy/gateway/cmd/egctl
    redis_from_debian
    registry_from_debian
    kafka_broker
    node_clients ;;
  *) echo "usage: $0 cluster|peers" >&2; exit 2 ;;
esac
