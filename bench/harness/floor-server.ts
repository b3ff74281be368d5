/**
 * The read floor: a bare Fastify route answering constant JSON, in its own process like the app.
 *   node --import tsx bench/harness/floor-server.ts PORT
 */
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 3999);
const body = { items: Array.from({ length: 20 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}`, submissions: i })) };
const app = Fastify({ logger: false });
app.get('/*', async () => body);
await app.listen({ port, host: '127.0.0.1' });
console.log(`floor on ${port}`);
