import { describe, expect, it } from 'vitest';
import { layoutFishbone, totalOfBones } from './fishbone-layout.ts';

const bone = (key: string, count: number, causes = 2) => ({
  key,
  label: key,
  count,
  causes: Array.from({ length: causes }, (_, i) => ({ key: `${key}.${i}`, label: `${key}${i}`, count: 1 })),
});

describe('layoutFishbone', () => {
  it('puts the largest category next to the head, alternating above and below the spine', () => {
    const layout = layoutFishbone([bone('talent', 3), bone('funds', 9), bone('awareness', 5)]);
    expect(layout.bones.map((b) => [b.key, b.side])).toEqual([
      ['funds', 'top'],
      ['awareness', 'bottom'],
      ['talent', 'top'],
    ]);
    const [first, , third] = layout.bones;
    expect(first!.joint.x).toBeGreaterThan(third!.joint.x);
    expect(first!.tip.y).toBeLessThan(layout.spine.from.y);
    expect(layout.bones[1]!.tip.y).toBeGreaterThan(layout.spine.from.y);
  });

  it('keeps every bone, rib and the head inside the drawing', () => {
    const layout = layoutFishbone(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => bone(k, i, 4)));
    for (const b of layout.bones) {
      for (const p of [b.joint, b.tip, ...b.ribs.flatMap((r) => [r.from, r.to])]) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(layout.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(layout.height);
      }
    }
    expect(layout.head.x + layout.head.width).toBeLessThanOrEqual(layout.width);
  });

  it('draws an empty diagram (no causes recorded yet)', () => {
    const layout = layoutFishbone([]);
    expect(layout.bones).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('adds up the bones', () => {
    expect(totalOfBones([bone('a', 2), bone('b', 5)])).toBe(7);
  });
});
