/**
 * tlog-tiles (https://c2sp.org/tlog-tiles) paths, entry bundles, and a {@link HashSource} that reads
 * complete subtrees from tiles. Tiles have height 8: a tile at level L holds up to 256 hashes of
 * the tree at height 8·L; full tiles hold 256 hashes (8192 bytes), partial tiles 1–255.
 */
import { parseDecimal } from './encoding.ts';
import { HASH_SIZE, nodeHash } from './hash.ts';
import type { HashSource, NodeId } from './tree.ts';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;

/** A tile: level 0–63 (or 'entries' for an entry bundle), index, width 1–256 (256 = full). */
export interface TileId {
  level: number | 'entries';
  index: number;
  width: number;
}

/** N as zero-padded 3-digit path elements, all but the last prefixed with x: 1234067 → x001/x234/067. */
export function encodeTileIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('tile index must be a safe non-negative integer');
  const groups: string[] = [];
  let rest = n;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

/** `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]` (relative to the log prefix). */
export function tilePath(t: TileId): string {
  if (t.level !== 'entries' && !(Number.isInteger(t.level) && t.level >= 0 && t.level <= 63)) throw new RangeError('tile level must be 0..63');
  if (!Number.isInteger(t.width) || t.width < 1 || t.width > TILE_WIDTH) throw new RangeError('tile width must be 1..256');
  const partial = t.width < TILE_WIDTH ? `.p/${t.width}` : '';
  return `tile/${t.level}/${encodeTileIndex(t.index)}${partial}`;
}

/** Parses a tile path (as produced by {@link tilePath}); undefined if it is not canonical. */
export function parseTilePath(path: string): TileId | undefined {
  const m = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(path);
  if (m === null) return undefined;
  const [, levelText = '', indexText = '', widthText] = m;
  const level = levelText === 'entries' ? 'entries' : Number(levelText);
  if (typeof level === 'number' && level > 63) return undefined;
  const index = parseDecimal(indexText.replaceAll('x', '').replaceAll('/', '').replace(/^0+(?=.)/, ''));
  const width = widthText === undefined ? TILE_WIDTH : Number(widthText);
  if (index === undefined || (widthText !== undefined && width >= TILE_WIDTH)) return undefined;
  const t: TileId = { level, index, width };
  return tilePath(t) === path ? t : undefined;
}

/** Width of tile `index` at `level` in a tree of `size` leaves (0 if the tile does not exist yet). */
export function tileWidth(level: number, index: number, size: number): number {
  const hashesAtLevel = Math.floor(size / TILE_WIDTH ** level); // hashes at height 8·level
  const start = index * TILE_WIDTH;
  return Math.max(0, Math.min(TILE_WIDTH, hashesAtLevel - start));
}

/** Entry bundle: big-endian uint16 length-prefixed entries. */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  const out = Buffer.alloc(entries.reduce((n, e) => n + 2 + e.length, 0));
  let at = 0;
  for (const e of entries) {
    if (e.length > 0xffff) throw new RangeError('entry longer than 65535 bytes');
    out.writeUInt16BE(e.length, at);
    out.set(e, at + 2);
    at += 2 + e.length;
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export function decodeEntryBundle(bundle: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < bundle.length) {
    if (at + 2 > bundle.length) throw new RangeError('truncated entry bundle');
    const len = ((bundle[at] as number) << 8) | (bundle[at + 1] as number);
    if (at + 2 + len > bundle.length) throw new RangeError('truncated entry bundle');
    out.push(bundle.subarray(at + 2, at + 2 + len));
    at += 2 + len;
  }
  return out;
}

/**
 * Reads complete subtrees of the tree of `size` leaves from tiles. `fetchTile` returns the tile's
 * bytes (width·32). The hashes are not authenticated by the tiles themselves: proofs computed from
 * them must be verified against a signed checkpoint, as always.
 */
export class TileHashSource implements HashSource {
  constructor(
    private readonly size: number,
    private readonly fetchTile: (t: TileId) => Promise<Uint8Array>,
  ) {}

  async readNodes(ids: readonly NodeId[]): Promise<Uint8Array[]> {
    const tiles = new Map<string, Promise<Uint8Array>>();
    const get = (t: TileId): Promise<Uint8Array> => {
      const key = tilePath(t);
      let p = tiles.get(key);
      if (p === undefined) {
        p = this.fetchTile(t).then((bytes) => {
          if (bytes.length !== t.width * HASH_SIZE) throw new Error(`tile ${key} has ${bytes.length} bytes, expected ${t.width * HASH_SIZE}`);
          return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        });
        tiles.set(key, p);
      }
      return p;
    };
    return Promise.all(
      ids.map(async ({ level, index }) => {
        const tileLevel = Math.floor(level / TILE_HEIGHT);
        const r = level % TILE_HEIGHT;
        const first = index * 2 ** r; // first hash at height 8·tileLevel
        const count = 2 ** r;
        const tileIndex = Math.floor(first / TILE_WIDTH);
        const width = tileWidth(tileLevel, tileIndex, this.size);
        const offset = first % TILE_WIDTH;
        if (offset + count > width) throw new RangeError(`node ${level}/${index} is not in the tree of size ${this.size}`);
        const bytes = await get({ level: tileLevel, index: tileIndex, width });
        let row: Uint8Array[] = [];
        for (let i = 0; i < count; i++) row.push(bytes.subarray((offset + i) * HASH_SIZE, (offset + i + 1) * HASH_SIZE));
        while (row.length > 1) {
          const next: Uint8Array[] = [];
          for (let i = 0; i < row.length; i += 2) next.push(nodeHash(row[i] as Uint8Array, row[i + 1] as Uint8Array));
          row = next;
        }
        return row[0] as Uint8Array;
      }),
    );
  }
}
