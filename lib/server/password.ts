import { hash, verify } from '@node-rs/argon2';

// argon2id via a prebuilt native binding: no compiler needed at install, ~60 ms per hash.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
