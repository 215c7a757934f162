// The device side of the HTTP benchmark, in a thread of its own: a phone is not the server, so its
// JSON and HTTP work must not be counted against the server's single event loop.
import { parentPort, workerData } from 'node:worker_threads';

const { base, token, bodies, sizes } = workerData;

parentPort.on('message', async (index) => {
  try {
    const res = await fetch(`${base}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: bodies[index],
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`push failed: ${res.status} ${text.slice(0, 500)}`);
    const results = JSON.parse(text).results;
    const refused = results.find((r) => r.status !== 'applied');
    if (results.length !== sizes[index] || refused) {
      throw new Error(`push did not apply every command: ${JSON.stringify(refused ?? results.length)}`);
    }
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error?.message ?? error) });
  }
});
