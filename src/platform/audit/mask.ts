/** Personal fields never reach audit rows, logs or exports in clear. */
const dropped = new Set(['password', 'password_hash', 'passwordHash', 'token', 'token_hash', 'tokenHash', 'csrf_token']);
const masked: Record<string, (v: string) => string> = {
  phone: maskPhone,
  mobile: maskPhone,
  id_number: maskIdNumber,
  idNumber: maskIdNumber,
};

export function maskPhone(v: string): string {
  if (v.length < 7) return '*'.repeat(v.length);
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4);
}

export function maskIdNumber(v: string): string {
  if (v.length < 8) return '*'.repeat(v.length);
  return v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4);
}

/** A shallow copy of a record with personal fields masked and secrets removed. */
export function maskRecord<T extends Record<string, unknown>>(row: T | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (dropped.has(k)) continue;
    out[k] = typeof v === 'string' && masked[k] ? masked[k](v) : v;
  }
  return out;
}
