// The device side of the HTTP benchmark, in a thread of its own: a phone is not the server, so its
// JSON and HTTP work must not be counted against the server's single event loop. It runs the batches of
// a turn back to back and times each itself. It uses node:http with a kept-alive connection rather than
// fetch, whose own overhead per request was a tenth of a batch's time.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { base, token, bodies, sizes } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const url = new URL('/api/sync/push', base);

function push(body) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function pushBatch(index) {
  const { status, text } = await push(bodies[index]);
  if (status !== 200) throw new Error(`push failed: ${status} ${text.slice(0, 500)}`);
  const results = JSON.parse(text).results;
  const refused = results.find((r) => r.status !== 'applied');
  if (results.length !== sizes[index] || refused) {
    throw new Error(`push did not apply every command: ${JSON.stringify(refused ?? results.length)}`);
  }
}

parentPort.on('message', async ({ from, to }) => {
  try {
    const times = [];
    for (let index = from; index < to; index++) {
      const started = performance.now();
      await pushBatch(index);
      times.push(performance.now() - started);
    }
    parentPort.postMessage({ ok: true, times });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
  }
});
