import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const doc = parse(readFileSync('/work/shared/specs/zgw/catalogi-1.3.1.yaml','utf8'), { maxAliasCount: -1 });
const S = doc.components.schemas;
const names = process.argv.slice(2);
function show(s){ 
  if (s.$ref) return s.$ref.split('/').pop();
  if (s.allOf) return 'allOf(' + s.allOf.map(show).join(',') + ')';
  if (s.oneOf) return 'oneOf(' + s.oneOf.map(show).join(',') + ')';
  let t = s.type ?? '';
  if (s.format) t += '/' + s.format;
  if (s.enum) t += '[' + s.enum.join('|') + ']';
  if (s.maxLength) t += ' max' + s.maxLength;
  if (s.minLength) t += ' min' + s.minLength;
  if (s.pattern) t += ' /' + s.pattern + '/';
  if (s.minimum !== undefined) t += ' >=' + s.minimum;
  if (s.maximum !== undefined) t += ' <=' + s.maximum;
  if (s.items) t += '<' + show(s.items) + '>';
  if (s.maxItems) t += ' maxItems' + s.maxItems;
  if (s.nullable) t += ' NULL';
  if (s.readOnly) t += ' RO';
  if (s.writeOnly) t += ' WO';
  if (s.default !== undefined) t += ' def=' + JSON.stringify(s.default);
  return t;
}
for (const n of names) {
  const s = S[n]; if (!s) { console.log('??', n); continue; }
  console.log(`== ${n} required: ${(s.required??[]).join(',')}`);
  for (const [k, v] of Object.entries(s.properties ?? {})) console.log(`  ${k}: ${show(v)}`);
  if (s.enum) console.log('  enum', s.enum.join('|'));
}
if (names[0]==='--resp') {
for (const [p, item] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(item)) {
  if (!op.operationId) continue;
  const ok = Object.entries(op.responses).filter(([s]) => s.startsWith('2')).map(([s, r]) => s + ':' + JSON.stringify(r.content ? Object.values(r.content)[0].schema : null));
  console.log(m, p, ok.join(' '));
}
}
