import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FILES } from './test-files.js';
import { ClamdScanner, detectKind, eicarScanner, safeFilename, scannerFromEnv, ScanUnavailableError } from './uploads.js';

describe('file kinds are judged by content, not by name or browser type', () => {
  for (const kind of ['pdf', 'png', 'jpeg', 'heic', 'docx', 'xlsx', 'odt', 'txt'] as const) {
    it(`recognises ${kind}`, () => assert.equal(detectKind(FILES[kind]), kind));
  }
  it('refuses what is none of the accepted kinds: a program, a document with macros, a broken ZIP', () => {
    assert.equal(detectKind(FILES.exe), undefined);
    assert.equal(detectKind(FILES.docm), undefined);
    assert.equal(detectKind(Buffer.concat([FILES.docx.subarray(0, 40)])), undefined);
    assert.equal(detectKind(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypavif\0\0\0\0mif1avif', 'latin1')])), undefined, 'AVIF is not HEIC');
  });
  it('a PNG named .pdf is a PNG, and keeps a name that says so', () => {
    assert.equal(detectKind(FILES.png), 'png');
    assert.equal(safeFilename('scan.pdf', 'png'), 'scan.png');
    assert.equal(safeFilename('C:\\Users\\jan\\Documenten\\afschrift mei.PDF', 'pdf'), 'afschrift mei.pdf');
    assert.equal(safeFilename('../../etc/passwd', 'txt'), 'passwd.txt');
    assert.equal(safeFilename('\u0000"<>.jpg', 'jpeg'), 'bestand.jpg');
  });
});

describe('malware scanning', () => {
  it('the embedded scanner finds the EICAR test file, also inside other content', async () => {
    assert.deepEqual(await eicarScanner.scan(FILES.eicar), { clean: false, signature: 'Eicar-Test-Signature' });
    assert.deepEqual(await eicarScanner.scan(Buffer.concat([FILES.pdf, FILES.eicar])), { clean: false, signature: 'Eicar-Test-Signature' });
    assert.deepEqual(await eicarScanner.scan(FILES.pdf), { clean: true });
  });

  describe('ClamAV clamd over TCP (INSTREAM)', () => {
    let server: net.Server;
    let port: number;
    const received: Buffer[] = [];
    let mode: 'answer' | 'error' | 'silent' = 'answer';

    before(async () => {
      // A stand-in clamd that speaks the real protocol: reads the command and the length-prefixed chunks.
      server = net.createServer((socket) => {
        let buffer = Buffer.alloc(0);
        socket.on('data', (data) => {
          buffer = Buffer.concat([buffer, data]);
          const command = 'zINSTREAM\0';
          if (buffer.length < command.length) return;
          assert.equal(buffer.subarray(0, command.length).toString(), command);
          let offset = command.length;
          const chunks: Buffer[] = [];
          for (;;) {
            if (buffer.length < offset + 4) return;
            const length = buffer.readUInt32BE(offset);
            if (length === 0) break;
            if (buffer.length < offset + 4 + length) return;
            chunks.push(buffer.subarray(offset + 4, offset + 4 + length));
            offset += 4 + length;
          }
          const content = Buffer.concat(chunks);
          received.push(content);
          if (mode === 'silent') return;
          if (mode === 'error') socket.end('INSTREAM size limit exceeded. ERROR\0');
          else socket.end(content.includes(FILES.eicar) ? 'stream: Win.Test.EICAR_HDB-1 FOUND\0' : 'stream: OK\0');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as net.AddressInfo).port;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('streams the file in chunks and reads the verdict', async () => {
      mode = 'answer';
      const scanner = new ClamdScanner('127.0.0.1', port, 2000, 16);
      assert.deepEqual(await scanner.scan(FILES.pdf), { clean: true });
      assert.deepEqual(received.at(-1), FILES.pdf, 'clamd got the whole file');
      assert.deepEqual(await scanner.scan(Buffer.concat([FILES.jpeg, FILES.eicar])), { clean: false, signature: 'Win.Test.EICAR_HDB-1' });
    });

    it('reports a clamd error, a time-out and an unreachable clamd as "scan unavailable" (the upload is then refused)', async () => {
      mode = 'error';
      await assert.rejects(new ClamdScanner('127.0.0.1', port, 2000).scan(FILES.pdf), ScanUnavailableError);
      mode = 'silent';
      await assert.rejects(new ClamdScanner('127.0.0.1', port, 200).scan(FILES.pdf), /time-out/);
      await assert.rejects(new ClamdScanner('127.0.0.1', 1, 2000).scan(FILES.pdf), ScanUnavailableError);
    });

    it('is chosen by CLAMAV_HOST / CLAMAV_PORT; without them the embedded scanner', () => {
      assert.equal(scannerFromEnv({}), eicarScanner);
      assert.ok(scannerFromEnv({ CLAMAV_HOST: 'clamav', CLAMAV_PORT: '3310' }) instanceof ClamdScanner);
      assert.throws(() => scannerFromEnv({ CLAMAV_HOST: 'clamav', CLAMAV_PORT: 'abc' }), /CLAMAV_PORT/);
    });
  });
});
