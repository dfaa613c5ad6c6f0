import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
let text = readFileSync('/work/shared/specs/zgw/zaken-1.5.1.yaml','utf8').replace(/ \\\n\s*\\ /g, ' ');
const doc = parse(text, { maxAliasCount: -1 });
const S = doc.components.schemas;
console.log(Object.keys(S).join(' '));
function show(name, depth=0) {
  const s = S[name]; if (!s) return;
  const props = s.properties ?? {};
  const all = s.allOf ? s.allOf.map(x=>x.$ref?x.$ref.split('/').pop():'inline').join('+') : '';
  console.log(`== ${name} ${all} required=${JSON.stringify(s.required??[])}`);
  for (const [k,v] of Object.entries(props)) {
    const t = v.$ref ? '->'+v.$ref.split('/').pop() : (v.type ?? (v.allOf? 'allOf:'+v.allOf.map(x=>x.$ref?.split('/').pop()).join(','): v.oneOf?'oneOf':'?')) + (v.format?':'+v.format:'') + (v.items? '['+(v.items.$ref?.split('/').pop() ?? v.items.type+(v.items.format?':'+v.items.format:''))+']':'');
    console.log(`  ${k}: ${t}${v.readOnly?' RO':''}${v.nullable?' null':''}${v.maxLength?' max'+v.maxLength:''}${v.minLength?' min'+v.minLength:''}${v.enum?' enum('+v.enum.join('|')+')':''}${v.pattern?' pat '+v.pattern:''}${v.writeOnly?' WO':''}`);
  }
}
for (const n of process.argv.slice(2)) show(n);
