// The baseline: the same bytes the platform served, from memory, by a bare node:http server.
import { readFileSync } from 'node:fs';
import http from 'node:http';

const pages = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const server = http.createServer((req, res) => {
  const body = pages[req.url];
  if (body === undefined) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
