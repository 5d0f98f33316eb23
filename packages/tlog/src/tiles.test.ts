import { describe, expect, it } from 'vitest';
import { leafHash } from './hash.ts';
import {
  TileHashSource,
  decodeEntryBundle,
  encodeEntryBundle,
  encodeTileIndex,
  parseTilePath,
  tilePath,
  tileWidth,
  type TileId,
} from './tiles.ts';
import { MemoryHashStore, consistencyProof, inclusionProof, treeHead, type NodeId } from './tree.ts';

describe('tile paths', () => {
  it('encodes indices in x-prefixed 3-digit groups (spec example 1234067)', () => {
    expect(encodeTileIndex(1234067)).toBe('x001/x234/067');
    expect(encodeTileIndex(0)).toBe('000');
    expect(encodeTileIndex(5)).toBe('005');
    expect(encodeTileIndex(1000)).toBe('x001/000');
    expect(encodeTileIndex(999999)).toBe('x999/999');
  });

  it('formats and parses tile and entry paths, rejecting non-canonical ones', () => {
    const cases: [TileId, string][] = [
      [{ level: 0, index: 1234067, width: 256 }, 'tile/0/x001/x234/067'],
      [{ level: 1, index: 0, width: 17 }, 'tile/1/000.p/17'],
      [{ level: 63, index: 7, width: 255 }, 'tile/63/007.p/255'],
      [{ level: 'entries', index: 273, width: 112 }, 'tile/entries/273.p/112'],
      [{ level: 'entries', index: 1000, width: 256 }, 'tile/entries/x001/000'],
    ];
    for (const [t, p] of cases) {
      expect(tilePath(t)).toBe(p);
      expect(parseTilePath(p)).toEqual(t);
    }
    for (const bad of ['tile/0/67', 'tile/0/x000/067', 'tile/00/000', 'tile/64/000', 'tile/0/000.p/0', 'tile/0/000.p/256', 'tile/0/000.p/012', 'tile/0/001/002', 'tile/entries/x1/000', '/tile/0/000', 'tile/0/000/']) {
      expect(parseTilePath(bad), bad).toBeUndefined();
    }
    expect(() => tilePath({ level: 64, index: 0, width: 1 })).toThrow();
    expect(() => tilePath({ level: 0, index: 0, width: 0 })).toThrow();
  });

  it('computes tile widths (spec example: tree of 70,000 leaves)', () => {
    expect(tileWidth(0, 272, 70000)).toBe(256);
    expect(tileWidth(0, 273, 70000)).toBe(112);
    expect(tileWidth(0, 274, 70000)).toBe(0);
    expect(tileWidth(1, 0, 70000)).toBe(256);
    expect(tileWidth(1, 1, 70000)).toBe(17);
    expect(tileWidth(2, 0, 70000)).toBe(1);
    expect(tileWidth(1, 0, 256)).toBe(1);
    expect(tileWidth(0, 0, 256)).toBe(256);
  });

  it('round-trips entry bundles and rejects truncated ones', () => {
    const entries = [new Uint8Array(0), Uint8Array.of(1, 2, 3), new Uint8Array(300).fill(9)];
    const b = encodeEntryBundle(entries);
    expect(decodeEntryBundle(b)).toEqual(entries);
    expect(() => decodeEntryBundle(b.subarray(0, b.length - 1))).toThrow();
    expect(() => decodeEntryBundle(Uint8Array.of(0))).toThrow();
  });
});

describe('TileHashSource', () => {
  it('gives the same tree heads and proofs as the in-memory store (sizes across tile boundaries)', async () => {
    const N = 70000;
    const store = new MemoryHashStore();
    for (let i = 0; i < N; i++) store.append(leafHash(Buffer.from(`entry ${i}`)));
    // Build tiles from the store: tile (L, K) holds nodes at level 8L, indices K·256 … K·256+width−1.
    const fetched: string[] = [];
    const tilesFor = (size: number): TileHashSource =>
      new TileHashSource(size, (t) => {
        fetched.push(tilePath(t));
        const level = t.level === 'entries' ? 0 : t.level * 8;
        const ids: NodeId[] = Array.from({ length: t.width }, (_, i) => ({ level, index: t.index * 256 + i }));
        return Promise.resolve(Buffer.concat(store.readNodes(ids)));
      });
    for (const size of [1, 255, 256, 257, 65535, 65536, 65537, 70000]) {
      const tiles = tilesFor(size);
      expect(await treeHead(tiles, size)).toEqual(await treeHead(store, size));
      for (const index of [0, size - 1, Math.floor(size / 3)]) {
        expect(await inclusionProof(tiles, index, size)).toEqual(await inclusionProof(store, index, size));
      }
      expect(await consistencyProof(tiles, Math.floor(size / 2), size)).toEqual(await consistencyProof(store, Math.floor(size / 2), size));
    }
    expect(fetched).toContain('tile/0/273.p/112');
    expect(fetched).toContain('tile/1/001.p/17');
    expect(fetched).toContain('tile/2/000.p/1');
    // A tile with the wrong length is refused.
    const bad = new TileHashSource(300, () => Promise.resolve(new Uint8Array(10)));
    await expect(treeHead(bad, 300)).rejects.toThrow('bytes');
  });
});
