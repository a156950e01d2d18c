// Turns a file's bytes into text without knowing its encoding up front. Exports from CRMs and
// Excel arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface StreamDecoder {
  /** The encoding in use; an undecided UTF-8 stream may still turn out to be Windows-1252. */
  readonly encoding: TextEncoding;
  write(chunk: Buffer): string;
  end(): string;
}

/** Picks a decoder from the file's first bytes: a BOM decides, otherwise UTF-8 until proven wrong. */
export function createDecoder(firstBytes: Buffer): StreamDecoder {
  if (firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf) {
    return new BomDecoder("utf-8-bom", 3, iconv.getDecoder("utf-8"));
  }
  if (firstBytes[0] === 0xff && firstBytes[1] === 0xfe) {
    return new BomDecoder("utf-16le", 2, iconv.getDecoder("utf-16le", { stripBOM: false }));
  }
  if (firstBytes[0] === 0xfe && firstBytes[1] === 0xff) {
    return new BomDecoder("utf-16be", 2, iconv.getDecoder("utf-16be", { stripBOM: false }));
  }
  return new Utf8OrWindows1252Decoder();
}

class BomDecoder implements StreamDecoder {
  private bomPending = true;

  constructor(
    readonly encoding: TextEncoding,
    private readonly bomLength: number,
    private readonly decoder: ReturnType<typeof iconv.getDecoder>,
  ) {}

  write(chunk: Buffer): string {
    if (this.bomPending) {
      this.bomPending = false;
      return this.decoder.write(chunk.subarray(this.bomLength));
    }
    return this.decoder.write(chunk);
  }

  end(): string {
    return this.decoder.end() ?? "";
  }
}

/**
 * Decodes UTF-8 and switches to Windows-1252 at the first byte sequence that is not UTF-8.
 * A Windows-1252 file is usually plain ASCII for thousands of lines before its first "é",
 * so a sniffed prefix cannot decide; ASCII reads the same in both, so switching late loses nothing.
 */
class Utf8OrWindows1252Decoder implements StreamDecoder {
  encoding: TextEncoding = "utf-8";
  /** Bytes of a UTF-8 sequence split across chunks, kept for the next chunk. */
  private carry: Buffer = Buffer.alloc(0);

  write(chunk: Buffer): string {
    if (this.encoding === "windows-1252") return iconv.decode(chunk, "windows-1252");
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = completeUtf8Length(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) {
      this.encoding = "windows-1252";
      this.carry = Buffer.alloc(0);
      return iconv.decode(bytes, "windows-1252");
    }
    this.carry = Buffer.from(bytes.subarray(complete));
    return bytes.toString("utf8", 0, complete);
  }

  end(): string {
    if (this.carry.length === 0) return "";
    // A file ending inside a multi-byte sequence was not UTF-8 after all.
    this.encoding = "windows-1252";
    return iconv.decode(this.carry, "windows-1252");
  }
}

/** Length of `bytes` without a trailing, possibly incomplete, UTF-8 sequence. */
export function completeUtf8Length(bytes: Buffer): number {
  const end = bytes.length;
  for (let start = end - 1; start >= Math.max(0, end - 4); start--) {
    const byte = bytes[start]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return end - start < length ? start : end;
  }
  return end;
}
