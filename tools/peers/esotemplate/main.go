// Command esotemplate renders an ExternalSecret's template data the way External Secrets
// Operator's template engine v2 does: Go's text/template with Sprig v3's functions (ESO adds its
// own certificate and key functions, which these templates do not use, and removes env and
// expandenv). It reads {"templates": {key: template}, "values": {name: value}} as JSON on
// standard input and writes {key: rendered} as JSON.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"text/template"

	"github.com/Masterminds/sprig/v3"
)

func main() {
	var input struct {
		Templates map[string]string `json:"templates"`
		Values    map[string]string `json:"values"`
	}
	if err := json.NewDecoder(os.Stdin).Decode(&input); err != nil {
		fmt.Fprintln(os.Stderr, "esotemplate:", err)
		os.Exit(2)
	}
	functions := sprig.TxtFuncMap()
	delete(functions, "env")
	delete(functions, "expandenv")
	rendered := map[string]string{}
	for key, text := range input.Templates {
		parsed, err := template.New(key).Option("missingkey=error").Funcs(functions).Parse(text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "esotemplate:", key, err)
			os.Exit(1)
		}
		var out bytes.Buffer
		if err := parsed.Execute(&out, input.Values); err != nil {
			fmt.Fprintln(os.Stderr, "esotemplate:", key, err)
			os.Exit(1)
		}
		rendered[key] = out.String()
	}
	if err := json.NewEncoder(os.Stdout).Encode(rendered); err != nil {
		os.Exit(1)
	}
}
