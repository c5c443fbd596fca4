// `cdk8s import k8s@<version>` reading the API's definitions from a local file instead of the
// cdk8s project's copy on GitHub (which this workplace cannot reach):
//   node tools/kubernetes/cdk8s_import_k8s.js <version> <definitions.json> <output folder>
// The CLI fetches the definitions through its util.download; that one call is answered here.
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..', '..');
const util = require(path.join(root, 'node_modules', 'cdk8s-cli', 'lib', 'util'));
const [version, definitions, output] = process.argv.slice(2);
util.download = async () => fs.readFileSync(definitions, 'utf-8');
process.argv = [process.argv[0], 'cdk8s', 'import', '--no-save', `k8s@${version}`, '--language', 'python', '--output', output];
require(path.join(root, 'node_modules', 'cdk8s-cli', 'lib', 'cli', 'index.js'));
