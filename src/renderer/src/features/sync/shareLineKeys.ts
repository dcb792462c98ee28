// An S3 address with the access key typed beside it, as the one line the main side reads
// (s3://KEY-ID:SECRET@bucket/folder?…). Keys already in the address are left as they are.
export function withKeys(address: string, keyId: string, secret: string): string {
  const line = address.trim();
  if (!keyId.trim() || !secret || /^s3:\/\/[^/?#]*@/i.test(line)) return line;
  return line.replace(/^s3:\/\//i, `s3://${encodeURIComponent(keyId.trim())}:${encodeURIComponent(secret)}@`);
}
