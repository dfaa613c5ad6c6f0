import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
let text = readFileSync('/work/shared/specs/zgw/zaken-1.5.1.yaml','utf8');
text = text.replace(/\\\n\s*\\ /g, '');
const doc = parse(text, { maxAliasCount: -1 });
for (const [p, item] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(item)) {
  if (!['get','post','put','patch','delete','head'].includes(m)) continue;
  const params = (op.parameters??[]).map(x => x.$ref ? x.$ref.split('/').pop() : x.name + (x.in==='header'?'(h)':''));
  console.log(m.toUpperCase(), p, op.operationId, JSON.stringify(op.security?.[0] ?? {}), Object.keys(op.responses).join(','), '\n   ', params.join(' '));
}
