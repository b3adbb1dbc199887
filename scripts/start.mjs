#!/usr/bin/env node
// `npm start`: builds whatever is not built yet (turbo replays cached builds in
// a moment), then runs the API, which serves the built portal, in this process
// so that SIGINT/SIGTERM reach it directly and it shuts down in order.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
if (process.env.ATTUNE_SKIP_BUILD !== 'true') {
  const build = spawnSync(
    join(root, 'node_modules', '.bin', 'turbo'),
    ['run', 'build', '--output-logs=errors-only', '--log-prefix=none'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (build.status !== 0) {
    console.error('The build failed; see above. Nothing was started.');
    process.exit(build.status ?? 1);
  }
}
await import(pathToFileURL(join(root, 'apps', 'api', 'dist', 'main.js')).href);
