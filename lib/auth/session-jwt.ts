import hkdf from '@panva/hkdf';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';

/**
 * next-auth 4's session-token format (A256GCM JWE under a key derived from the secret with HKDF),
 * written with the same libraries it uses, except that the derived key is kept per secret and salt:
 * next-auth derives it afresh for every token, which was 4% of a signed-in desk request's CPU under
 * load (the proxy and the page each decode the cookie). Same derivation, header and claims as
 * next-auth's own encode/decode, so tokens issued by either are read by the other.
 */
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const id = `${typeof secret === 'string' ? secret : secret.toString('base64')}\0${salt}`;
  let key = keys.get(id);
  if (!key) {
    key = hkdf('sha256', secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`, 32);
    keys.set(id, key);
  }
  return key;
}

/** next-auth's default when no maxAge is passed (its callers always pass the session's). */
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;

async function encode({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt = '' }: JWTEncodeParams) {
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(await encryptionKey(secret, salt));
}

/** Throws on a token that is forged, tampered with or expired, as next-auth's decode does. */
async function decode({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

export const sessionJwt = { encode, decode };
