import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data at rest (AES-256-GCM). Every sealed value names its purpose (the
 * "context", e.g. the table and column), which is authenticated: a value copied to another column
 * does not open there. The key comes from DATA_ENCRYPTION_KEY; one key per purpose is derived
 * from it with HKDF. Sealed values look like `v1.<iv>.<ciphertext+tag>` (base64url), so a key
 * rotation can add `v2` beside it.
 */
export class Sealer {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('de sleutel voor versleuteling is te kort');
  }

  private key(context: string): Buffer {
    let key = this.keys.get(context);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.secret, 'stadhuis-sealer', context, 32));
      this.keys.set(context, key);
    }
    return key;
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(context), iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** The plaintext; throws when the value was altered, sealed for another context or with another key. */
  open(sealed: string, context: string): string {
    const [version, ivText, bodyText] = sealed.split('.');
    if (version !== 'v1' || !ivText || !bodyText) throw new Error('onbekend versleutelingsformaat');
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key(context), Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  }

  sealJson(value: unknown, context: string): string {
    return this.seal(JSON.stringify(value), context);
  }

  openJson<T>(sealed: string, context: string): T {
    return JSON.parse(this.open(sealed, context)) as T;
  }

  /** A keyed hash to find sealed values by (equality only), e.g. all records of one BSN. */
  lookupKey(value: string, context: string): string {
    return createHmac('sha256', this.key(`lookup:${context}`)).update(value).digest('base64url');
  }
}
