import { describe, expect, it } from "vitest";
import { completeUtf8Length, createDecoder } from "./decode.ts";

const decodeInChunks = (bytes: Buffer, size: number) => {
  const decoder = createDecoder(bytes);
  let text = "";
  for (let i = 0; i < bytes.length; i += size) text += decoder.write(bytes.subarray(i, i + size));
  return { text: text + decoder.end(), encoding: decoder.encoding };
};

describe("createDecoder", () => {
  it("keeps multi-byte UTF-8 characters that straddle chunk boundaries", () => {
    const text = "Chloé Dubois — München 🔥 naïve";
    for (const size of [1, 2, 3, 5]) {
      expect(decodeInChunks(Buffer.from(text), size)).toEqual({ text, encoding: "utf-8" });
    }
  });

  it("switches to Windows-1252 at the first byte that is not UTF-8, however late", () => {
    const ascii = "name,city\n".repeat(10_000);
    const bytes = Buffer.concat([
      Buffer.from(ascii),
      Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]),
    ]);
    expect(decodeInChunks(bytes, 65_536)).toEqual({
      text: `${ascii}Müller €`,
      encoding: "windows-1252",
    });
  });

  it("treats a file ending inside a multi-byte sequence as Windows-1252", () => {
    expect(decodeInChunks(Buffer.from([0x61, 0xc3]), 1)).toEqual({
      text: "aÃ",
      encoding: "windows-1252",
    });
  });
});

describe("completeUtf8Length", () => {
  it("stops before an incomplete trailing sequence", () => {
    const euro = Buffer.from("€"); // 3 bytes
    expect(completeUtf8Length(Buffer.concat([Buffer.from("a"), euro.subarray(0, 2)]))).toBe(1);
    expect(completeUtf8Length(Buffer.concat([Buffer.from("a"), euro]))).toBe(4);
  });
});
