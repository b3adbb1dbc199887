import { resolve } from 'node:path';

/** The repository root, from test/dist/support (compiled) or test/support. */
export const repositoryRoot = resolve(
  import.meta.dirname,
  '..',
  '..',
  import.meta.dirname.includes('/dist/') ? '..' : '',
);

export const apiMain = resolve(repositoryRoot, 'apps', 'api', 'dist', 'main.js');
export const cliMain = resolve(repositoryRoot, 'apps', 'api', 'dist', 'cli', 'main.js');
