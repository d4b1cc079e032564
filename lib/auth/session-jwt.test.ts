import { encode, decode } from 'next-auth/jwt';
import { expect, it } from 'vitest';
import { sessionJwt } from './session-jwt';

const secret = 'a test secret of enough length for the key derivation';
const token = { uid: 'user-1', epoch: 3, name: 'Ed Itor' };

it('keeps editors signed in across the change: cookies issued by next-auth open, and ours open in next-auth', async () => {
  const fromNextAuth = await encode({ token, secret, maxAge: 60 });
  expect(await sessionJwt.decode({ token: fromNextAuth, secret })).toMatchObject(token);
  const ours = await sessionJwt.encode({ token, secret, maxAge: 60 });
  expect(await decode({ token: ours, secret })).toMatchObject(token);
});

it('refuses a cookie sealed with another secret, a tampered one and an expired one', async () => {
  const ours = await sessionJwt.encode({ token, secret, maxAge: 60 });
  await expect(sessionJwt.decode({ token: ours, secret: `${secret}!` })).rejects.toThrow();
  const tampered = `${ours.slice(0, -3)}${ours.at(-3) === 'A' ? 'B' : 'A'}${ours.slice(-2)}`;
  await expect(sessionJwt.decode({ token: tampered, secret })).rejects.toThrow();
  const expired = await sessionJwt.encode({ token, secret, maxAge: -60 });
  await expect(sessionJwt.decode({ token: expired, secret })).rejects.toThrow();
});
