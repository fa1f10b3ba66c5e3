// Lists a zip's entries from its central directory without decompressing anything.
// Why not fflate's unzip({ filter }): its filter sees the same name and sizes, but an accepted
// entry is then inflated in one go into a buffer of the *declared* size — a lying size is silently
// truncated while the CPU still inflates the whole bomb. Locating each entry's bytes here lets
// inflate-capped.ts stream them through fflate's Inflate and stop at the limit.

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused by the reader. */
  compression: number;
  encrypted: boolean;
  compressedSize: number;
  /** The unpacked size the zip claims; verified while inflating. */
  declaredSize: number;
  localHeaderOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const CENTRAL_HEADER_SIZE = 46;

const nameDecoder = new TextDecoder('utf-8'); // not fatal: a name is only shown, never trusted

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  /** A 64-bit field, or NaN when it exceeds what a JS number holds exactly. */
  u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 2 ** 32;
    return Number.isSafeInteger(value) ? value : NaN;
  }
}

function findEndOfCentralDirectory(r: Reader): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const last = r.bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX16; at -= 1) {
    if (r.u32(at) === SIG_EOCD) return at;
  }
  return -1;
}

/** Sizes and offset from the zip64 extra field, for fields the header set to 0xFFFFFFFF. */
function applyZip64Extra(r: Reader, extraStart: number, extraLength: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      // A field may claim more bytes than the extra block holds: read only inside the block.
      const end = Math.min(at + 4 + size, extraStart + extraLength);
      const next = () => {
        const value = field + 8 <= end ? r.u64(field) : NaN;
        field += 8;
        return value;
      };
      if (entry.declaredSize === MAX32) entry.declaredSize = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Every entry of the zip, or null when the directory is missing, cut short or inconsistent. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const r = new Reader(bytes);
  const eocd = findEndOfCentralDirectory(r);
  if (eocd < 0) return null;
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if (count === MAX16 || offset === MAX32) {
    const locator = eocd - 20;
    if (!r.fits(locator, 20) || r.u32(locator) !== SIG_ZIP64_LOCATOR) return null;
    const zip64 = r.u64(locator + 8);
    if (!r.fits(zip64, 56) || r.u32(zip64) !== SIG_ZIP64_EOCD) return null;
    count = r.u64(zip64 + 32);
    offset = r.u64(zip64 + 48);
  }
  // A count the file cannot hold means a damaged directory, not a reason to loop for minutes.
  if (!Number.isSafeInteger(count) || count * CENTRAL_HEADER_SIZE > bytes.length) return null;

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (!r.fits(at, CENTRAL_HEADER_SIZE) || r.u32(at) !== SIG_CENTRAL) return null;
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    if (!r.fits(nameStart, nameLength + extraLength + commentLength)) return null;
    const entry: ZipEntry = {
      name: nameDecoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      compression: r.u16(at + 10),
      encrypted: (r.u16(at + 8) & 1) === 1,
      compressedSize: r.u32(at + 20),
      declaredSize: r.u32(at + 24),
      localHeaderOffset: r.u32(at + 42),
    };
    applyZip64Extra(r, nameStart + nameLength, extraLength, entry);
    if ([entry.compressedSize, entry.declaredSize, entry.localHeaderOffset].some((n) => !Number.isSafeInteger(n))) {
      return null;
    }
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes (a view, no copy), or null when the zip is cut short there. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const r = new Reader(bytes);
  const at = entry.localHeaderOffset;
  if (!r.fits(at, 30) || r.u32(at) !== SIG_LOCAL) return null;
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  if (!r.fits(start, entry.compressedSize)) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}
