// Runs site_hooks/pyodide_bytecode.py inside the npm Pyodide runtime (see its docstring):
//   node pyodide_bytecode.mjs RUNTIME_DIR STDLIB_OUT MODULES WHEEL...
// MODULES: comma-separated modules to import (from the wheels) before compiling.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [runtimeDir, stdlibOut, modules, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: `${path.resolve(runtimeDir)}/` });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
for (const wheel of wheels) {
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(wheel)), "wheel", {
    extractDir: sitePackages,
  });
}
// Both zips live in Pyodide's own in-memory file system, in its working directory.
pyodide.FS.writeFile("stdlib.zip", new Uint8Array(fs.readFileSync(path.join(runtimeDir, "python_stdlib.zip"))));
pyodide.runPython(fs.readFileSync(new URL("pyodide_bytecode.py", import.meta.url), "utf8"));
const count = pyodide.runPython(`compile_zip("stdlib.zip", "out.zip",
    imported_stdlib_files(${JSON.stringify(modules.split(","))}))`);
fs.writeFileSync(stdlibOut, pyodide.FS.readFile("out.zip"));
console.log(`compiled ${count} stdlib modules`);
