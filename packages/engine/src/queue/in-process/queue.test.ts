import { describe, expect, it } from 'vitest';
import { describeJobQueueContract } from '../../testing/job-queue-contract.js';
import { waitFor } from '../../testing/wait.js';
import { createInProcessQueue } from './queue.js';

describeJobQueueContract('in-process', (options) => createInProcessQueue(options));

describe('in-process queue', () => {
  it('refuses jobs once closed, since nothing would run them', async () => {
    const queue = createInProcessQueue();
    await queue.close();
    await expect(queue.enqueue([{ runId: 'run-1', nodeId: 'shot-1', attempt: 1 }], { resourceClass: 'cpu' })).rejects.toThrow(/closed/);
  });

  it('reports a throwing outcome callback to onError and keeps running jobs', async () => {
    const errors: Error[] = [];
    const queue = createInProcessQueue({ onError: (error) => errors.push(error) });
    let runs = 0;
    queue.process(async () => void (runs += 1), {
      concurrency: { cpu: 1 },
      onCompleted: () => {
        throw new Error('database unavailable');
      },
    });
    await queue.enqueue([{ runId: 'run-1', nodeId: 'shot-1', attempt: 1 }, { runId: 'run-1', nodeId: 'shot-2', attempt: 1 }], { resourceClass: 'cpu' });
    await waitFor(() => errors.length === 2, 'both callback errors');
    expect(runs).toBe(2);
    expect(errors[0]?.message).toBe('database unavailable');
    await queue.close();
  });
});
