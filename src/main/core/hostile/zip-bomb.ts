import { createDeflateRaw } from 'node:zlib';

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
