/**
 * Body of `npm test` (after the build): the static checks (typecheck and lint, each counted as one
 * test), then one jest run over every project of the root jest.config.js that exists, with jest's
 * usual output, then one last line `N passed, N failed[, N skipped]` counted from jest's JSON
 * report. Extra arguments go to jest (e.g. a path filter) and skip the static checks: a developer
 * running one file wants that file's answer.
 */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');

function summarize(report) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const brokenSuites = [];
  for (const suite of report.testResults) {
    let suiteFailures = 0;
    for (const test of suite.assertionResults) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') suiteFailures += 1;
      else skipped += 1;
    }
    // A suite that could not run (syntax error, failing beforeAll/afterAll) has no failed test to show for it.
    if (suite.status === 'failed' && suiteFailures === 0) {
      suiteFailures = 1;
      brokenSuites.push(relative(ROOT, suite.name));
    }
    failed += suiteFailures;
  }
  return { passed, failed, skipped, brokenSuites };
}

// Neither vite nor @swc/jest checks types, so without these a type error or a broken lint rule
// (module boundaries, hooks) would reach main with every test green.
const STATIC_CHECKS = [
  { name: 'typecheck', command: ['npx', 'nx', 'run-many', '-t', 'typecheck', '--output-style=static'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
];
const staticResults = { passed: 0, failed: 0 };
if (process.argv.length <= 2) {
  for (const { name, command } of STATIC_CHECKS) {
    console.log(`run-tests: ${name} (${command.join(' ')})`);
    const { status } = spawnSync(command[0], command.slice(1), { cwd: ROOT, stdio: 'inherit' });
    if (status === 0) staticResults.passed += 1;
    else {
      staticResults.failed += 1;
      console.error(`run-tests: ${name} failed (exit code ${status}); see its output above.`);
    }
  }
}

function finish({ passed, failed, skipped }) {
  passed += staticResults.passed;
  failed += staticResults.failed;
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

const { projects } = require(join(ROOT, 'jest.config.js'));
const present = [];
for (const project of projects) {
  const path = project.replace('<rootDir>', ROOT);
  if (existsSync(path)) present.push(path);
  else console.error(`run-tests: ${relative(ROOT, path)} does not exist; that project is skipped.`);
}
if (present.length === 0) {
  console.error('run-tests: no jest project of jest.config.js exists.');
  finish({ passed: 0, failed: 1, skipped: 0 });
}

// In a multi-project run jest takes testTimeout from the global config only and ignores the
// projects' own values (the e2e suites would then time out after the default 5 s); the longest one
// declared applies to every suite instead, unless the caller passed --testTimeout.
const timeouts = present.map((path) => require(path).testTimeout || 0);
const userTimeout = process.argv.slice(2).some((arg) => arg.startsWith('--testTimeout'));
const timeoutArgs = !userTimeout && Math.max(...timeouts) > 0 ? [`--testTimeout=${Math.max(...timeouts)}`] : [];

const outDir = mkdtempSync(join(tmpdir(), 'corral-tests-'));
const outputFile = join(outDir, 'results.json');
const jest = require.resolve('jest/bin/jest', { paths: [ROOT] });
// jest reads a path as a pattern: `apps/web` would also match apps/web-e2e (whose journeys need
// the build). A folder given as an argument means that folder only.
const userArgs = process.argv.slice(2).map((arg) => (!arg.startsWith('-') && !arg.endsWith('/') && existsSync(resolve(ROOT, arg)) && statSync(resolve(ROOT, arg)).isDirectory() ? `${arg}/` : arg));
const args = [
  jest,
  ...userArgs,
  '--maxWorkers=2',
  ...timeoutArgs,
  '--json',
  `--outputFile=${outputFile}`,
  // Each `--projects=` adds one path; a space-separated list would swallow arguments placed after it.
  ...present.map((path) => `--projects=${path}`),
];
const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  let output;
  try {
    output = readFileSync(outputFile, 'utf8');
  } catch {
    output = undefined;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  if (output === undefined) {
    console.error(`run-tests: jest wrote no results (${signal ?? `exit code ${code}`}; see its output above).`);
    return finish({ passed: 0, failed: 1, skipped: 0 });
  }
  const report = JSON.parse(output);
  if (!Array.isArray(report.testResults)) {
    // Not a test run (--listTests, --showConfig): pass jest's answer through.
    console.log(output);
    return process.exit(code ?? 1);
  }
  const counts = summarize(report);
  if (counts.brokenSuites.length) console.error(`run-tests: suites that failed outside a test: ${counts.brokenSuites.join(', ')}`);
  if (code !== 0 && counts.failed === 0) {
    // e.g. "No tests found" for a path filter: jest failed, so the summary must not say it passed.
    console.error(`run-tests: jest exited with code ${code} although no test failed (see its output above).`);
    counts.failed = 1;
  }
  finish(counts);
});
