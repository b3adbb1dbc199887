import { describe, expect, it } from '@jest/globals';
import { dataSourceOptions } from './data-source';

describe('dataSourceOptions', () => {
  it('has no replication without replicas', () => {
    const options = dataSourceOptions('postgres://a@p/attune', 3);
    expect(options).toMatchObject({ url: 'postgres://a@p/attune' });
    expect('replication' in options && options.replication).toBeFalsy();
  });

  it("with replicas, uses TypeORM's replication, every query on the primary unless a report asks", () => {
    const options = dataSourceOptions(
      'postgres://a@p/attune',
      3,
      [],
      ['postgres://a@r1/attune', 'postgres://a@r2/attune'],
    );
    expect(options).toMatchObject({
      // kept for code that needs the primary's address (the workbook's thread)
      url: 'postgres://a@p/attune',
      replication: {
        master: { url: 'postgres://a@p/attune' },
        slaves: [{ url: 'postgres://a@r1/attune' }, { url: 'postgres://a@r2/attune' }],
        defaultMode: 'master',
      },
    });
  });
});
