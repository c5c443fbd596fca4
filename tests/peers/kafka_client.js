// One service's Kafka traffic with kafkajs, configured as the services' kafkaManager.ts does (an
// idempotent producer; consumers that commit each offset themselves), against a real broker:
// `node kafka_client.js <bootstrap> <json>`, where json is {service, clientId, produces: [topic],
// consumes: {topic: group}}. It sends one message to every topic the service produces to; for
// every topic it consumes, it sends a marker and reads it back as the service's consumer group,
// committing the offset. Prints {"produced": [...], "consumed": {topic: group}}.
"use strict";
const { Kafka, logLevel } = require(process.env.KAFKAJS);
const [bootstrap, json] = process.argv.slice(2);
const client = JSON.parse(json);

(async () => {
  const kafka = new Kafka({ clientId: client.clientId, brokers: [bootstrap], logLevel: logLevel.ERROR, retry: { retries: 3 } });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const produced = [];
  for (const topic of [...client.produces].sort()) {
    await producer.send({ topic, messages: [{ key: client.service, value: JSON.stringify({ from: client.service }) }] });
    produced.push(topic);
  }
  const consumed = {};
  for (const [topic, group] of Object.entries(client.consumes).sort()) {
    const marker = `${client.service}-${group}-${Date.now()}`;
    await producer.send({ topic, messages: [{ key: marker, value: marker }] });
    const consumer = kafka.consumer({ groupId: group });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${group} read nothing from ${topic} in 60 s`)), 60000);
      consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic: from, partition, message }) => {
          await consumer.commitOffsets([{ topic: from, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
          if (message.value && message.value.toString() === marker) { clearTimeout(timer); resolve(); }
        },
      }).catch(reject);
    });
    await consumer.disconnect();
    consumed[topic] = group;
  }
  await producer.disconnect();
  process.stdout.write(JSON.stringify({ produced, consumed }) + "\n");
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
