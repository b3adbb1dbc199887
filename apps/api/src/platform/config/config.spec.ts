import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

const PRIMARY = 'postgres://attune@db-1:5432/attune';

describe('DATABASE_REPLICA_URLS', () => {
  it('is none when unset or empty', () => {
    expect(loadConfig({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: '' }).DATABASE_REPLICA_URLS,
    ).toEqual([]);
  });

  it('reads comma-separated URLs, spaces and empty items ignored', () => {
    const config = loadConfig({
      DATABASE_URL: PRIMARY,
      DATABASE_REPLICA_URLS:
        ' postgres://attune@db-2/attune, ,postgresql://attune@db-3:6432/attune',
    });
    expect(config.DATABASE_REPLICA_URLS).toEqual([
      'postgres://attune@db-2/attune',
      'postgresql://attune@db-3:6432/attune',
    ]);
  });

  it('refuses a value that is not a postgres URL, naming the variable', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: PRIMARY, DATABASE_REPLICA_URLS: 'postgres://a/b,mysql://c/d' }),
    ).toThrow(/DATABASE_REPLICA_URLS: must be postgres:\/\/ or postgresql:\/\/ URLs/);
  });

  it('refuses replicas without a primary in DATABASE_URL (the embedded database has none)', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_REPLICA_URLS: 'postgres://attune@db-2/attune' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'DATABASE_REPLICA_URLS: needs DATABASE_URL (the primary) to be set',
    ]);
  });
});
