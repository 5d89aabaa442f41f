// Runs site_hooks/pyodide_bytecode.py inside the npm Pyodide runtime (see its docstring):
//   node pyodide_bytecode.mjs RUNTIME_DIR OUT_DIR PLAN_JSON WHEEL...
// PLAN_JSON: {wheelDir, modules, handler, requests}: where the browser puts the wheels,
// the modules the pages import, and the first calls they make (answered by `handler`).
// Writes OUT_DIR/python_stdlib.zip and OUT_DIR/<each wheel's name>, compiled.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [runtimeDir, outDir, planJson, ...wheels] = process.argv.slice(2);
const plan = JSON.parse(planJson);
const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: `${path.resolve(runtimeDir)}/` });
// The wheels go on sys.path as they are, where python-worker.mjs puts them: the same
// modules load here as in the browser, under the same file names.
pyodide.FS.mkdirTree(plan.wheelDir);
const placed = wheels.map((wheel) => {
  const target = `${plan.wheelDir}/${path.basename(wheel)}`;
  pyodide.FS.writeFile(target, new Uint8Array(fs.readFileSync(wheel)));
  return target;
});
pyodide.runPython(`import sys\nsys.path.extend(${JSON.stringify(placed)})`);
pyodide.runPython(fs.readFileSync(new URL("pyodide_bytecode.py", import.meta.url), "utf8"));
const run = pyodide.runPython("lambda f, *args: f(*args)");
const globals = pyodide.globals;
const loaded = run(
  globals.get("loaded_files"),
  pyodide.toPy(plan.modules),
  plan.handler,
  pyodide.toPy(plan.requests),
);
// The outputs live in Pyodide's own in-memory file system, in its working directory.
pyodide.FS.writeFile("stdlib.zip", new Uint8Array(fs.readFileSync(path.join(runtimeDir, "python_stdlib.zip"))));
let count = run(globals.get("compile_stdlib"), "stdlib.zip", "out.zip", loaded);
fs.writeFileSync(path.join(outDir, "python_stdlib.zip"), pyodide.FS.readFile("out.zip"));
for (const target of placed) {
  count += run(globals.get("compile_zip"), target, "out.zip", `${target}/`, undefined);
  fs.writeFileSync(path.join(outDir, path.basename(target)), pyodide.FS.readFile("out.zip"));
}
console.log(`compiled ${count} modules`);
