import { useMemo, type KeyboardEvent } from 'react';
import { layoutFishbone, type FishboneBoneInput } from './fishbone-layout.ts';

interface FishboneProps {
  /** The head: the problem analysed ("产学研合作未覆盖"). */
  title: string;
  /** The head's second line (counts). */
  subtitle: string;
  bones: readonly FishboneBoneInput[];
  /** The accessible name of a bone or rib button. */
  describe: (label: string, count: number) => string;
  ariaLabel: string;
  selected?: { bone: string; cause?: string | undefined } | null | undefined;
  onSelect: (bone: string, cause?: string) => void;
}

const SPINE = '#1668dc';
const BONE = '#4096ff';
const ACTIVE = '#d4380d';

function activate(event: KeyboardEvent, run: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    run();
  }
}

/**
 * A fishbone (鱼骨图) drawn in SVG: the spine runs to the head on the right; each cause category is
 * a bone with its count, each sub-cause a rib. Bones and ribs are buttons (mouse and keyboard).
 */
export function Fishbone({ title, subtitle, bones, describe, ariaLabel, selected, onSelect }: FishboneProps) {
  const layout = useMemo(() => layoutFishbone(bones), [bones]);
  const { width, height, spine, head } = layout;
  return (
    <div className="fishbone-scroll">
      <svg
        className="fishbone"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label={ariaLabel}
        style={{ maxWidth: '100%', height: 'auto', minWidth: Math.min(width, 640) }}
      >
        <defs>
          <marker id="fishbone-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={SPINE} />
          </marker>
        </defs>
        <line x1={spine.from.x} y1={spine.from.y} x2={spine.to.x} y2={spine.to.y} stroke={SPINE} strokeWidth={4} markerEnd="url(#fishbone-arrow)" />
        <g>
          <rect x={head.x} y={head.y} width={head.width} height={head.height} rx={8} fill="#e6f4ff" stroke={SPINE} strokeWidth={2} />
          <text x={head.x + head.width / 2} y={head.y + 26} textAnchor="middle" fontSize={15} fontWeight={600} fill="#002c8c">
            {title}
          </text>
          <text x={head.x + head.width / 2} y={head.y + 48} textAnchor="middle" fontSize={12} fill="#595959">
            {subtitle}
          </text>
        </g>
        {layout.bones.map((bone) => {
          const boneActive = selected?.bone === bone.key && !selected.cause;
          const labelY = bone.side === 'top' ? bone.tip.y - 10 : bone.tip.y + 22;
          const select = () => onSelect(bone.key);
          return (
            <g key={bone.key} className="fishbone-bone">
              {/* The bone itself is clickable too; the label is the button (keyboard, screen readers). */}
              <g className="fishbone-hit" aria-hidden onClick={select}>
                <line x1={bone.joint.x} y1={bone.joint.y} x2={bone.tip.x} y2={bone.tip.y} stroke="transparent" strokeWidth={16} />
                <line x1={bone.joint.x} y1={bone.joint.y} x2={bone.tip.x} y2={bone.tip.y} stroke={boneActive ? ACTIVE : BONE} strokeWidth={3} />
              </g>
              <g
                role="button"
                tabIndex={0}
                aria-label={describe(bone.label, bone.count)}
                aria-pressed={boneActive}
                className="fishbone-hit"
                onClick={select}
                onKeyDown={(e) => activate(e, select)}
              >
                <rect x={bone.tip.x - 64} y={labelY - 17} width={128} height={24} rx={12} fill={boneActive ? '#fff2e8' : '#f0f5ff'} stroke={boneActive ? ACTIVE : BONE} />
                <text x={bone.tip.x} y={labelY} textAnchor="middle" fontSize={14} fontWeight={600} fill={boneActive ? ACTIVE : '#003eb3'}>
                  {`${bone.label}  ${bone.count}`}
                </text>
              </g>
              {bone.ribs.map((rib) => {
                const ribActive = selected?.bone === bone.key && selected.cause === rib.key;
                const pick = () => onSelect(bone.key, rib.key);
                return (
                  <g
                    key={rib.key}
                    role="button"
                    tabIndex={0}
                    aria-label={describe(rib.label, rib.count)}
                    aria-pressed={ribActive}
                    className="fishbone-hit"
                    onClick={pick}
                    onKeyDown={(e) => activate(e, pick)}
                  >
                    <rect x={rib.to.x} y={rib.from.y - 16} width={rib.from.x - rib.to.x} height={20} fill="transparent" />
                    <line x1={rib.from.x} y1={rib.from.y} x2={rib.to.x} y2={rib.to.y} stroke={ribActive ? ACTIVE : '#8c8c8c'} strokeWidth={1.5} />
                    <text x={rib.to.x + 2} y={rib.from.y - 4} fontSize={12} fill={ribActive ? ACTIVE : '#262626'}>
                      {`${rib.label} ${rib.count}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
