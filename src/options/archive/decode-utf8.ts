// Strict UTF-8: a file in another encoding is refused with one clear message instead of being
// read as mojibake names. TextDecoder drops a leading BOM by default (ignoreBOM: false).
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text, or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
