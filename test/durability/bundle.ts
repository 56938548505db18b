// Bundles a test's child script once into plain CommonJS, so each spawn pays for node's start only, not TypeScript.
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const repoRoot = resolve(__dirname, '../..');

export async function bundleScript(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}.cjs`);
  await build({
    entryPoints: [resolve(__dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The native addon stays where npm put it; children find it through NODE_PATH (childEnv).
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') };
}
