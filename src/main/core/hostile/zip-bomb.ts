import { createDeflateRaw } from 'node:zlib';

/** One entry of a hand-made zip: its name, raw deflate bytes, and the sizes its headers claim. */
interface PackedEntry {
  name: string;
  packed: Buffer;
  declaredSize: number;
}

/**
 * Raw deflate of `size` bytes: `head`, `fill` bytes, `tail`, made a megabyte at a time, so that a bomb of hundreds of
 * megabytes costs the test only its compressed kilobytes.
 */
export function deflatedFill(
  size: number,
  { fill = 0x20, head = '', tail = '' }: { fill?: number; head?: string; tail?: string } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stream = createDeflateRaw({ level: 9 });
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    const block = Buffer.alloc(1024 * 1024, fill);
    let left = size - Buffer.byteLength(head) - Buffer.byteLength(tail);
    stream.write(head);
    const write = () => {
      while (left > 0) {
        const piece = left >= block.length ? block : block.subarray(0, left);
        left -= piece.length;
        if (!stream.write(piece)) return stream.once('drain', write);
      }
      stream.end(tail);
    };
    write();
  });
}

/** A zip of already deflated entries (no CRC: the readers check sizes, a bomb lies anyway). */
export function packedZip(entries: PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.packed.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.packed.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.packed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
