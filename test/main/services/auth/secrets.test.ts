// PINs are stored as scrypt hashes with a per-user salt, at OWASP's cost unless told otherwise.
import { describe, expect, it } from 'vitest';
import { hashSecret, OWASP_SCRYPT, secretMatches } from '../../../../src/main/services/auth/secrets';
import { AuthState } from '../../../../src/main/services/auth/auth-state';

describe('secrets', () => {
  it("uses OWASP's scrypt parameters by default (N=2^17, r=8, p=1)", () => {
    expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1, keylen: 64 });
    expect(new AuthState().scrypt).toBe(OWASP_SCRYPT);
  });

  it('hashes at the OWASP cost and checks the PIN against it; a wrong PIN does not match', async () => {
    const stored = await hashSecret('2468', OWASP_SCRYPT);
    expect(stored.params).toEqual(OWASP_SCRYPT);
    expect(await secretMatches('2468', stored)).toBe(true);
    expect(await secretMatches('2469', stored)).toBe(false);
  });

  it('salts each hash, so the same PIN never gives the same hash twice', async () => {
    const cheap = { N: 2 ** 10, r: 8, p: 1, keylen: 64 };
    const [a, b] = await Promise.all([hashSecret('2468', cheap), hashSecret('2468', cheap)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
  });
});
