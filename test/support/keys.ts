/**
 * The App private key of every test that authenticates as a GitHub App (Probot in process, the server in a child
 * process, the fault matrix): one RSA key pair, generated once per process on first use (a 2048-bit pair takes tens
 * of milliseconds, and nothing checks it but the fake GitHub, which accepts any JWT).
 */
import { generateKeyPairSync } from "node:crypto";

let pem: string | undefined;

/** The private key as PKCS#1 PEM, as GitHub hands it out and as PRIVATE_KEY takes it. */
export function testPrivateKey(): string {
  pem ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return pem;
}
