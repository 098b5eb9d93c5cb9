import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt as OWASP suggests for interactive logins (N = 2^15 would cost 32 MiB per login on a small server). */
const PARAMS: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 64;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, PARAMS, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<{ salt: Buffer; hash: Buffer }> {
  const salt = randomBytes(16);
  return { salt, hash: await derive(password, salt) };
}

export async function verifyPassword(password: string, salt: Buffer, hash: Buffer): Promise<boolean> {
  const key = await derive(password, salt);
  return key.length === hash.length && timingSafeEqual(key, hash);
}

/** Spends the same time as a real check, so a wrong account name is not told apart from a wrong password. */
const DUMMY_SALT = randomBytes(16);
export async function burnPasswordCheck(password: string): Promise<void> {
  await derive(password, DUMMY_SALT);
}
