// Command etcd is etcd's own server (go.etcd.io/etcd/server/v3/etcdmain), at the version
// k8s.io/kubernetes v1.33.6 tests against (v3.5.21).
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
