/**
 * Uploaded files: what a file really is, judged by its content (magic bytes and, for ZIP-based
 * office documents, the names inside the container) and never by its name or the type the browser
 * claims; and whether it carries malware, through a `MalwareScanner`: ClamAV's clamd (INSTREAM over
 * TCP) when CLAMAV_HOST is set, otherwise an embedded scanner that only knows the EICAR test file.
 */
import { createHash } from 'node:crypto';
import net from 'node:net';
import type { FileKind } from './definition.js';

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  heic: 'image/heic',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
};

export const EXTENSIONS: Record<FileKind, string> = { pdf: 'pdf', png: 'png', jpeg: 'jpg', heic: 'heic', docx: 'docx', xlsx: 'xlsx', odt: 'odt', txt: 'txt' };

/** How a kind is called for residents. */
export const KIND_LABELS: Record<FileKind, string> = { pdf: 'PDF', png: 'PNG', jpeg: 'JPG', heic: 'HEIC', docx: 'Word (docx)', xlsx: 'Excel (xlsx)', odt: 'ODT', txt: 'tekst (txt)' };

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

/** The names of the entries of a ZIP file, from its central directory; undefined when it is not a sound ZIP. */
export function zipEntryNames(buffer: Buffer, limit = 5000): string[] | undefined {
  // The end-of-central-directory record is in the last 65,557 bytes.
  const from = Math.max(0, buffer.length - 65_557);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return undefined;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count && n < limit; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return undefined;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buffer.length) return undefined;
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function isPlainText(buffer: Buffer): boolean {
  if (buffer.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed, form feed and carriage return: not text.
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

/** What kind of file this is by its content, or undefined when it is none of the kinds we accept. */
export function detectKind(buffer: Buffer): FileKind | undefined {
  if (buffer.length >= 5 && buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return 'jpeg';
  if (buffer.length >= 16 && buffer.subarray(4, 8).toString('latin1') === 'ftyp') {
    const size = Math.min(buffer.readUInt32BE(0), buffer.length, 256);
    const major = buffer.subarray(8, 12).toString('latin1');
    const compatible: string[] = [];
    for (let i = 16; i + 4 <= size; i += 4) compatible.push(buffer.subarray(i, i + 4).toString('latin1'));
    if (HEIF_BRANDS.has(major) || (['mif1', 'msf1'].includes(major) && compatible.some((b) => HEIF_BRANDS.has(b)))) return 'heic';
    return undefined;
  }
  if (buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50) {
    // ODF: the first entry is "mimetype", stored, with the media type as its content.
    const firstName = buffer.toString('latin1', 30, 30 + buffer.readUInt16LE(26));
    if (firstName === 'mimetype') {
      const start = 30 + buffer.readUInt16LE(26) + buffer.readUInt16LE(28);
      if (buffer.toString('latin1', start, start + 39) === 'application/vnd.oasis.opendocument.text') return 'odt';
    }
    const names = zipEntryNames(buffer);
    if (!names) return undefined;
    // Documents with macros (vbaProject.bin) are never accepted.
    if (names.some((n) => /vbaProject\.bin$/i.test(n))) return undefined;
    if (names.includes('[Content_Types].xml')) {
      if (names.includes('word/document.xml')) return 'docx';
      if (names.includes('xl/workbook.xml')) return 'xlsx';
    }
    return undefined;
  }
  if (isPlainText(buffer)) return 'txt';
  return undefined;
}

/**
 * A safe file name to keep: no folders, no control characters, at most 120 characters, and the
 * extension of what the file really is.
 */
export function safeFilename(given: string, kind: FileKind): string {
  const base = (given.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(/[\u0000-\u001F\u007F"<>|:*?]/g, '').trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 100) || 'bestand';
  return `${stem}.${EXTENSIONS[kind]}`;
}

export function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/** A malware scanner. `clean: false` comes with the signature that was found. */
export interface MalwareScanner {
  scan(content: Buffer): Promise<{ clean: boolean; signature?: string }>;
}

export class ScanUnavailableError extends Error {}

/** The EICAR anti-virus test file (the standard 68 characters), split so this source is not flagged itself. */
const EICAR = Buffer.from(`X5O!P%@AP[4\\PZX54(P^)7CC)7}$${'EICAR-STANDARD-ANTIVIRUS-TEST-FILE'}!$H+H*`, 'latin1');

/** The embedded scanner: finds only the EICAR test signature. For development and tests. */
export const eicarScanner: MalwareScanner = {
  async scan(content) {
    return content.includes(EICAR) ? { clean: false, signature: 'Eicar-Test-Signature' } : { clean: true };
  },
};

/**
 * ClamAV's daemon over TCP with the INSTREAM command: "zINSTREAM\0", then chunks each preceded by
 * their length (4 bytes, big-endian), then a zero length; clamd answers "stream: OK" or
 * "stream: <signature> FOUND" (null-terminated).
 */
export class ClamdScanner implements MalwareScanner {
  constructor(private readonly host: string, private readonly port = 3310, private readonly timeoutMs = 15_000, private readonly chunkSize = 64 * 1024) {}

  scan(content: Buffer): Promise<{ clean: boolean; signature?: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.createConnection({ host: this.host, port: this.port });
      const chunks: Buffer[] = [];
      let settled = false;
      const finish = (error: Error | undefined, result?: { clean: boolean; signature?: string }) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (error) reject(error);
        else resolve(result!);
      };
      socket.setTimeout(this.timeoutMs, () => finish(new ScanUnavailableError('clamd: time-out')));
      socket.on('error', (error) => finish(new ScanUnavailableError(`clamd: ${error.message}`)));
      socket.on('data', (data) => {
        chunks.push(data);
        const text = Buffer.concat(chunks).toString('utf8');
        if (!text.includes('\0') && !text.includes('\n')) return;
        const answer = text.replace(/[\0\n]+$/, '').trim();
        const found = /^stream: (.+) FOUND$/.exec(answer);
        if (/^stream: OK$/.test(answer)) finish(undefined, { clean: true });
        else if (found) finish(undefined, { clean: false, signature: found[1]! });
        else finish(new ScanUnavailableError(`clamd: ${answer.slice(0, 100)}`));
      });
      socket.on('end', () => {
        if (!settled) finish(new ScanUnavailableError('clamd: connection closed without an answer'));
      });
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        for (let offset = 0; offset < content.length; offset += this.chunkSize) {
          const chunk = content.subarray(offset, offset + this.chunkSize);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(chunk.length);
          socket.write(length);
          socket.write(chunk);
        }
        socket.write(Buffer.alloc(4));
      });
    });
  }
}

/** The scanner from the environment: clamd at CLAMAV_HOST[:CLAMAV_PORT], else the EICAR-only scanner. */
export function scannerFromEnv(env: Record<string, string | undefined> = process.env): MalwareScanner {
  const host = env.CLAMAV_HOST?.trim();
  if (!host) return eicarScanner;
  const port = Number(env.CLAMAV_PORT?.trim() || 3310);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`CLAMAV_PORT="${env.CLAMAV_PORT}" moet een poortnummer zijn (1-65535)`);
  return new ClamdScanner(host, port);
}
