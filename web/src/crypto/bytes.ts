import { InvalidStructureError } from './errors';

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts as BufferSource. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Account, case and object identifiers: 1 to 128 UTF-8 bytes, in the server's canonical form. */
export const MAX_ID_BYTES = 128;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Bytes {
  return new Uint8Array(encoder.encode(text));
}

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Compares without an early exit, so timing does not reveal where two MACs or keys differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

export function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/**
 * Builds exact bytes for formats, associated data, HKDF info and signed messages: big-endian
 * integers, strings as a u16 length and UTF-8 (docs/crypto.md, "Canonical encoding").
 */
export class ByteWriter {
  private readonly parts: Uint8Array[] = [];

  u8(value: number): this {
    this.parts.push(Uint8Array.of(value & 0xff));
    return this;
  }

  u32(value: number): this {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint32(0, value);
    this.parts.push(bytes);
    return this;
  }

  bytes(value: Uint8Array): this {
    this.parts.push(value);
    return this;
  }

  str(value: string): this {
    const encoded = utf8(value);
    if (encoded.length > 0xffff) throw new RangeError('string field longer than 65535 bytes');
    this.parts.push(Uint8Array.of(encoded.length >>> 8, encoded.length & 0xff), encoded);
    return this;
  }

  id(value: string): this {
    const length = utf8(value).length;
    if (length === 0 || length > MAX_ID_BYTES) {
      throw new RangeError(`identifiers must be 1 to ${MAX_ID_BYTES} bytes`);
    }
    return this.str(value);
  }

  toBytes(): Bytes {
    return concat(...this.parts);
  }
}

/** Reads what ByteWriter writes; anything out of bounds is an InvalidStructureError naming the format. */
export class ByteReader {
  private position = 0;

  constructor(
    private readonly data: Bytes,
    private readonly format: string,
  ) {}

  u8(): number {
    this.need(1);
    return this.data[this.position++];
  }

  u32(): number {
    this.need(4);
    const value = new DataView(this.data.buffer, this.data.byteOffset).getUint32(this.position);
    this.position += 4;
    return value;
  }

  fixed(length: number): Bytes {
    this.need(length);
    return this.data.slice(this.position, (this.position += length));
  }

  str(maxBytes: number, field: string): string {
    const length = (this.u8() << 8) | this.u8();
    if (length === 0 || length > maxBytes) throw this.invalid(`${field} must be 1 to ${maxBytes} bytes`);
    try {
      return decoder.decode(this.fixed(length));
    } catch {
      throw this.invalid(`${field} is not UTF-8`);
    }
  }

  offset(): number {
    return this.position;
  }

  expectEnd(): void {
    if (this.position !== this.data.length) throw this.invalid('unexpected trailing bytes');
  }

  invalid(problem: string): InvalidStructureError {
    return new InvalidStructureError(`${this.format}: ${problem}`);
  }

  private need(length: number): void {
    if (this.data.length - this.position < length) throw this.invalid('truncated');
  }
}
