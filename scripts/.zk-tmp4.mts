import { drizzle } from 'drizzle-orm/pg-proxy';
import { sql } from 'drizzle-orm';
import { zaken } from '../src/modules/zaken/schema.js';
const db = drizzle(async () => ({ rows: [] }));
const ids = (q: any) => sql<string[]>`array(${q})`;
console.log(db.select({ zaak: zaken, a: ids(sql`select d.id::text from zaken d where d.hoofdzaak = ${zaken.id}`), r: sql`(select x.id::text from zaak_resultaten x where x.zaak_id = ${zaken.id} limit 1)` }).from(zaken).toSQL().sql.slice(-400));
