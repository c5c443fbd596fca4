// One Redis client of the services, as they build it from REDIS_URL, against a real server:
// `node redis_client.js <client> <url> [fill]`. <client> is an alias in tools/peers/node
// (ioredis-5.6.1, ioredis-5.7.0, ioredis-5.8.2: `new Redis(url)`; redis-5.9.0:
// `createClient({ url })`, what collab's Socket.IO adapter gets). It writes and reads a key and
// prints {"ok": true, "read": ...} or {"ok": false, "error": ...}. With `fill`, it writes keys
// without an expiry until the server refuses one, then prints how many it wrote and the refusal.
"use strict";
const [client, url, mode] = process.argv.slice(2);

async function withIoredis(Redis) {
  const redis = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  try {
    await redis.connect();
    return await exercise((k, v) => redis.set(k, v), (k) => redis.get(k), (k, v) => redis.set(k, v, "EX", 3600));
  } finally {
    redis.disconnect();
  }
}

async function withNodeRedis(redisModule) {
  const redis = redisModule.createClient({ url, socket: { reconnectStrategy: false } });
  redis.on("error", () => {});
  try {
    await redis.connect();
    return await exercise((k, v) => redis.set(k, v), (k) => redis.get(k), (k, v) => redis.set(k, v, { EX: 3600 }));
  } finally {
    await redis.disconnect().catch(() => {});
  }
}

async function exercise(set, get, setWithExpiry) {
  if (mode !== "fill") {
    await set("codex:peer-check", client);
    return { ok: true, read: await get("codex:peer-check") };
  }
  const value = "x".repeat(64 * 1024);
  let expiring = 0;
  for (; expiring < 200; expiring++) await setWithExpiry(`codex:cache:${expiring}`, value);
  let kept = 0;
  try {
    for (; kept < 10000; kept++) await set(`codex:kept:${kept}`, value);
  } catch (error) {
    return { ok: true, kept, expiringWritten: expiring, refusal: String(error.message || error), firstKept: await get("codex:kept:0") !== null };
  }
  return { ok: true, kept, refusal: null };
}

(async () => {
  const module = require(client);
  const result = client.startsWith("ioredis") ? await withIoredis(module) : await withNodeRedis(module);
  process.stdout.write(JSON.stringify(result));
})().catch((error) => {
  process.stdout.write(JSON.stringify({ ok: false, error: String(error.message || error) }));
});
