import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Principal } from '@attune/domain';
import { createTestApp, TestApp } from '../../testing/test-app';
import { JobFailure, JobsWorker } from './jobs.worker';
import { JobsService } from './jobs.service';

const economist: Principal = {
  id: randomUUID(),
  email: 'e@x.org',
  role: 'economist',
  laCode: null,
  staffCode: null,
};
const stranger: Principal = { ...economist, id: randomUUID(), email: 's@x.org' };

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('the PostgreSQL job queue', () => {
  let t: TestApp;
  let jobs: JobsService;
  let worker: JobsWorker;
  const payload = randomBytes(2.5 * 1024 * 1024); // three chunks

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    jobs = t.app.get(JobsService);
    worker = t.app.get(JobsWorker);
    worker.register('echo', async ({ output, progress }) => {
      for (let i = 0; i < 5; i++) {
        await progress(i / 5);
        const part = payload.subarray((i * payload.length) / 5, ((i + 1) * payload.length) / 5);
        if (!output.write(part)) await new Promise((r) => output.once('drain', r));
      }
      return { fileName: 'echo.bin', contentType: 'application/octet-stream' };
    });
    worker.register('explode', ({ output }) => {
      output.write(Buffer.alloc(2 * 1024 * 1024));
      return Promise.reject(new JobFailure('The programme has no unit costs for 2023.'));
    });
    worker.register('crash', () => Promise.reject(new Error('SELECT secret FROM internals')));
  });
  afterAll(async () => t.close());

  /** Ticks the worker until the job has run: jobs run oldest first. */
  async function run(id: string) {
    for (let i = 0; i < 20; i++) {
      const view = await jobs.view(id, economist);
      if (view.status === 'succeeded' || view.status === 'failed') return view;
      await worker.tick();
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('runs a queued job and stores its whole result for any instance to stream', async () => {
    const job = await jobs.enqueue('echo', { programmeId: 'p1' }, economist);
    assert.equal((await jobs.view(job.id, economist)).status, 'queued');
    const view = await run(job.id);
    assert.equal(view.status, 'succeeded');
    assert.equal(view.progress, 100);
    assert.equal(view.downloadUrl, `/api/jobs/${job.id}/download`);
    const stored = await readAll(jobs.result(await jobs.visible(job.id, economist)));
    assert.ok(stored.equals(payload), 'the downloaded bytes equal what the handler wrote');
  });

  it('hides a job from anyone but its requester (404, not 403)', async () => {
    const job = await jobs.enqueue('echo', {}, economist);
    await assert.rejects(jobs.view(job.id, stranger), { status: 404 });
    await assert.rejects(jobs.view('not-a-uuid', economist), { status: 404 });
  });

  it('fails a job with its safe message and keeps none of its partial output', async () => {
    const job = await jobs.enqueue('explode', {}, economist);
    const view = await run(job.id);
    assert.equal(view.status, 'failed');
    assert.equal(view.error, 'The programme has no unit costs for 2023.');
    assert.equal(view.downloadUrl, null);
    const [{ n }] = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM job_chunks WHERE job_id = $1',
      [job.id],
    );
    assert.equal(n, 0);
  });

  it('never shows an unexpected error to the requester', async () => {
    const job = await jobs.enqueue('crash', {}, economist);
    const view = await run(job.id);
    assert.equal(view.status, 'failed');
    assert.doesNotMatch(view.error ?? '', /SELECT|secret/);
  });

  it('lets only one of several instances claim a job', async () => {
    await t.db.dataSource.query("UPDATE jobs SET status = 'failed' WHERE status = 'queued'");
    const job = await jobs.enqueue('echo', {}, economist);
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) => jobs.claim(`instance-${i}`)),
    );
    const won = claims.filter((c) => c !== null);
    assert.equal(won.length, 1);
    assert.equal(won[0]!.id, job.id);
  });

  it('puts a job whose instance died back on the queue', async () => {
    const job = await jobs.enqueue('echo', {}, economist);
    await t.db.dataSource.query(
      "UPDATE jobs SET status = 'failed' WHERE status = 'queued' AND id <> $1",
      [job.id],
    );
    assert.equal((await jobs.claim('doomed'))?.id, job.id);
    await t.db.dataSource.query(
      "UPDATE jobs SET heartbeat_at = now() - interval '5 minutes' WHERE id = $1",
      [job.id],
    );
    await jobs.recoverStale();
    assert.equal((await jobs.view(job.id, economist)).status, 'queued');
    assert.equal((await run(job.id)).status, 'succeeded');
  });
});
