import { createReadStream, statSync } from "node:fs";
import { createDecoder, type StreamDecoder, type TextEncoding } from "./decode.ts";
import type { ItemReader, ReadItem, ReadProgress } from "./types.ts";

/** Read size per chunk; memory held by a reader is a small multiple of this plus the longest line. */
export const CHUNK_BYTES = 64 * 1024;

/** A text file read chunk by chunk, decoded from whatever encoding it turns out to have. */
export class TextFile {
  readonly totalBytes: number;
  private bytesRead = 0;
  private decoder: StreamDecoder | undefined;

  constructor(readonly path: string) {
    // Stat up front so a wrong path fails where the reader is created, not midway through an import.
    this.totalBytes = statSync(path).size;
  }

  get encoding(): TextEncoding | undefined {
    return this.decoder?.encoding;
  }

  progress(): ReadProgress {
    return { bytesRead: this.bytesRead, totalBytes: this.totalBytes };
  }

  async *chunks(): AsyncGenerator<string> {
    const stream = createReadStream(this.path, { highWaterMark: CHUNK_BYTES });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.bytesRead += chunk.length;
        this.decoder ??= createDecoder(chunk);
        const text = this.decoder.write(chunk);
        if (text !== "") yield text;
      }
      const rest = this.decoder?.end() ?? "";
      if (rest !== "") yield rest;
    } finally {
      stream.destroy();
    }
  }
}

/** Wraps a file and the generator that reads items from it into an ItemReader. */
export function itemReader(
  file: TextFile,
  items: (file: TextFile) => AsyncGenerator<ReadItem>,
): ItemReader {
  return {
    get encoding() {
      return file.encoding;
    },
    progress: () => file.progress(),
    [Symbol.asyncIterator]: () => items(file),
  };
}
