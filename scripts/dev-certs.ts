/**
 * A development certificate for https://localhost:3000, generated in .certs/ without sudo and without
 * touching the system trust store. Browsers warn once; Excel needs it trusted (see README, Sideloading).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import selfsigned from "selfsigned";

export const CERT_DIR = join(__dirname, "..", ".certs");
export const KEY_FILE = join(CERT_DIR, "localhost.key");
export const CERT_FILE = join(CERT_DIR, "localhost.crt");

export async function ensureDevCertificate(): Promise<{ key: string; cert: string; created: boolean }> {
  if (existsSync(KEY_FILE) && existsSync(CERT_FILE)) return { key: KEY_FILE, cert: CERT_FILE, created: false };
  mkdirSync(CERT_DIR, { recursive: true });
  const now = new Date();
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  writeFileSync(KEY_FILE, pems.private, { mode: 0o600 });
  writeFileSync(CERT_FILE, pems.cert);
  return { key: KEY_FILE, cert: CERT_FILE, created: true };
}
