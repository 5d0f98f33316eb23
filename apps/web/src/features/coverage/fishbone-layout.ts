/**
 * Geometry of a fishbone (Ishikawa) diagram: a main spine running right to the head (the
 * uncovered flag), one slanted bone per cause category, alternately above and below the spine,
 * and one short horizontal rib per sub-cause along its bone. Pure: the SVG component draws it.
 */

export interface FishboneCauseInput {
  key: string;
  label: string;
  count: number;
}

export interface FishboneBoneInput extends FishboneCauseInput {
  causes: readonly FishboneCauseInput[];
}

export interface Point {
  x: number;
  y: number;
}

export interface RibLayout extends FishboneCauseInput {
  /** Where the rib meets its bone. */
  from: Point;
  /** The rib's free end (its label ends here). */
  to: Point;
}

export interface BoneLayout extends FishboneCauseInput {
  side: 'top' | 'bottom';
  /** On the spine. */
  joint: Point;
  /** The bone's outer end, where its label sits. */
  tip: Point;
  ribs: RibLayout[];
}

export interface FishboneLayout {
  width: number;
  height: number;
  spine: { from: Point; to: Point };
  head: { x: number; y: number; width: number; height: number };
  bones: BoneLayout[];
}

const HEAD_WIDTH = 168;
const HEAD_HEIGHT = 64;
const COLUMN_WIDTH = 230;
const MARGIN = 24;
const RIB_GAP = 30;
const RIB_LENGTH = 120;
const MIN_BONE_HEIGHT = 110;

/** Lays out the bones: the largest categories closest to the head, top and bottom in turn. */
export function layoutFishbone(bones: readonly FishboneBoneInput[]): FishboneLayout {
  const ordered = [...bones].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const columns = Math.max(1, Math.ceil(ordered.length / 2));
  const mostRibs = Math.max(1, ...ordered.map((b) => b.causes.length));
  const boneHeight = Math.max(MIN_BONE_HEIGHT, (mostRibs + 1) * RIB_GAP);
  const slant = boneHeight * 0.55; // horizontal run of a bone: it leans away from the head
  const width = MARGIN * 2 + RIB_LENGTH + columns * COLUMN_WIDTH + HEAD_WIDTH;
  const height = MARGIN * 2 + 2 * (boneHeight + 28);
  const spineY = height / 2;
  const headX = width - MARGIN - HEAD_WIDTH;

  const laid: BoneLayout[] = ordered.map((bone, index) => {
    const column = Math.floor(index / 2); // 0 = next to the head
    const side = index % 2 === 0 ? 'top' : 'bottom';
    const sign = side === 'top' ? -1 : 1;
    const joint = { x: headX - 24 - column * COLUMN_WIDTH, y: spineY };
    const tip = { x: joint.x - slant, y: spineY + sign * boneHeight };
    const ribs = bone.causes.map((cause, i) => {
      // Evenly spaced from the tip towards the spine, leaving the spine end free.
      const f = (i + 1) / (bone.causes.length + 1);
      const from = { x: tip.x + (joint.x - tip.x) * f * 0.85, y: tip.y + (joint.y - tip.y) * f * 0.85 };
      return { ...cause, from, to: { x: from.x - RIB_LENGTH, y: from.y } };
    });
    return { key: bone.key, label: bone.label, count: bone.count, side, joint, tip, ribs };
  });

  return {
    width,
    height,
    spine: { from: { x: MARGIN, y: spineY }, to: { x: headX, y: spineY } },
    head: { x: headX, y: spineY - HEAD_HEIGHT / 2, width: HEAD_WIDTH, height: HEAD_HEIGHT },
    bones: laid,
  };
}

/** The sum of the bones' counts (each enterprise with causes is counted once per category it has a cause in). */
export function totalOfBones(bones: readonly FishboneCauseInput[]): number {
  return bones.reduce((sum, b) => sum + b.count, 0);
}
