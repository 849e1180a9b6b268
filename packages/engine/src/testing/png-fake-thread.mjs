// A stand-in PNG thread for pool tests (same protocol as png/png-thread.ts): echoes the
// "svg" as bytes; "crash" exits the thread, "throw" throws uncaught, "slow:<ms>" waits first.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id, svg }) => {
  if (svg === 'crash') process.exit(3);
  if (svg === 'throw') throw new Error('boom in the thread');
  const reply = () => {
    const bytes = new TextEncoder().encode(svg);
    parentPort.postMessage({ id, ok: true, png: bytes.buffer, threadId }, [bytes.buffer]);
  };
  const slow = /^slow:(\d+)$/.exec(svg);
  if (slow) setTimeout(reply, Number(slow[1]));
  else reply();
});
