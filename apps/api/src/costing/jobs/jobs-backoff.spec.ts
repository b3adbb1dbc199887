import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { AppConfig } from '../../platform/config/config';
import type { JobsService } from './jobs.service';
import { JobsWorker } from './jobs.worker';

describe('job worker with the database away', () => {
  it('backs off after a failed poll instead of retrying every tick, and resumes when it answers', async () => {
    let claims = 0;
    let down = true;
    const jobs = {
      recoverStale: () => Promise.resolve(),
      purgeOlderThan: () => Promise.resolve(),
      claim: () => {
        claims++;
        return down
          ? Promise.reject(
              Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
            )
          : Promise.resolve(null);
      },
    } as unknown as JobsService;
    const config = { ATTUNE_JOB_WORKER: false, ATTUNE_JOB_POLL_MS: 50 } as AppConfig;
    const worker = new JobsWorker(jobs, config);
    await worker.tick();
    await worker.tick();
    await worker.tick();
    assert.equal(claims, 1, 'the ticks right after a failure do not touch the database');
    await new Promise((r) => setTimeout(r, 120)); // past the first backoff (2 x 50 ms)
    down = false;
    await worker.tick();
    assert.equal(claims, 2);
    await worker.tick();
    assert.equal(claims, 3, 'once it answers, every tick polls again');
  });
});
