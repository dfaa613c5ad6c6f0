/** Test helpers of Mijn zaken. */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/access.js';
import type { Visitor } from '../../platform/testing/harness.js';

export function resident(bsn: string): Extract<Actor, { kind: 'resident' }> {
  return { kind: 'resident', identity: { kind: 'resident', bsn, level: 'midden', method: 'digid' } };
}

/** Posts multipart/form-data the way a browser does without JavaScript. */
export async function postMultipart(visitor: Visitor, path: string, formPage: string, fields: Record<string, string>, files: { filename: string; type: string; content: Buffer }[]): Promise<Response> {
  const csrf = await visitor.csrfFrom(formPage);
  const boundary = `----mijnzaken${randomUUID().replace(/-/g, '')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: csrf, ...fields })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestanden"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return visitor.request(path, { method: 'POST', body: Buffer.concat(parts) as unknown as string, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}
