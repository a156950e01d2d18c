import crypto from "node:crypto";

const secretPrefix = "whsec_";

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function generateSecret(): string {
  return secretPrefix + crypto.randomBytes(32).toString("base64");
}

/** The key bytes of a secret, or null when it is not `whsec_` + base64 of 24 to 64 bytes. */
export function secretKey(secret: string): Buffer | null {
  if (!secret.startsWith(secretPrefix)) return null;
  const encoded = secret.slice(secretPrefix.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return null;
  const key = Buffer.from(encoded, "base64");
  return key.length >= 24 && key.length <= 64 ? key : null;
}

/** `v1,<base64 HMAC-SHA256 of id.timestamp.body>` for one secret. */
export function signatureOf(
  secret: string,
  messageId: string,
  timestamp: number,
  body: string,
): string {
  const key = secretKey(secret);
  if (!key) throw new Error("webhook secret is malformed");
  return (
    "v1," +
    crypto.createHmac("sha256", key).update(`${messageId}.${timestamp}.${body}`).digest("base64")
  );
}

/**
 * The `webhook-signature` header: one signature per secret still valid, space-separated, so a
 * receiver that has not yet switched to a rotated secret still verifies.
 */
export function signatureHeader(
  secrets: string[],
  messageId: string,
  timestamp: number,
  body: string,
): string {
  return secrets.map((secret) => signatureOf(secret, messageId, timestamp, body)).join(" ");
}
