// npm test: type-check, lint, build the app (the e2e tests drive the built renderer), then every vitest test
// (unit, integration, e2e). Ends with the plain line "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function step(label, command, args) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

for (const [label, command, args] of [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['build', bin('electron-vite'), ['build']],
]) {
  if (step(label, command, args)) passed += 1;
  else failed += 1;
}

mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
step('vitest (unit, integration, e2e)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests to count: it is a failure all the same.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else {
  console.log('vitest wrote no report: counted as one failure.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
