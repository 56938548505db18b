// PINs and passwords, hashed with scrypt and a per-user salt; the cost used is stored with each hash so it can rise.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly keylen: number;
}

/**
 * OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (128 MiB). About 0.4 s per check on the 2-core
 * test machine: slow enough to make guessing a stolen file's PINs costly, quick enough for a bedside unlock.
 */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1, keylen: 64 };

export interface HashedSecret {
  readonly salt: string;
  readonly hash: string;
  readonly params: ScryptParams;
}

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is below the 128·N·r bytes scrypt needs at these costs.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashSecret(secret: string, params: ScryptParams): Promise<HashedSecret> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, params);
  return { salt: salt.toString('base64'), hash: key.toString('base64'), params };
}

export async function secretMatches(secret: string, stored: HashedSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(secret, Buffer.from(stored.salt, 'base64'), { ...stored.params, keylen: expected.length });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
