import type { WorkbenchStat } from '@yunju/contracts';
import { Timeline, Typography } from 'antd';
import type { Key, ReactNode } from 'react';
import { formatDateTime } from '../format.ts';
import { toneDot } from './tone.ts';
import './event-timeline.css';

/** One entry of a record's history, already put in words by the feature. */
export interface TimelineEvent {
  key: Key;
  tone: WorkbenchStat['tone'];
  /** What happened. */
  title: ReactNode;
  /** ISO time; shown in Beijing time. */
  at: string;
  /** Who did it (name · department or role). */
  actor: ReactNode;
  details?: ReactNode[];
  note?: string | null;
}

/** A record's history, newest first (what happened last is what the reader wants); `events` come oldest first. */
export function EventTimeline({ events, className }: { events: readonly TimelineEvent[]; className?: string }) {
  return (
    <Timeline
      className={className}
      items={[...events].reverse().map((e) => ({
        key: e.key,
        color: toneDot[e.tone],
        content: (
          <div className="event-item">
            <div className="event-head">
              <span className="event-action">{e.title}</span>
              <Typography.Text type="secondary" className="nowrap">
                {formatDateTime(e.at)}
              </Typography.Text>
            </div>
            <div className="event-actor">{e.actor}</div>
            {(e.details ?? []).map((d, i) => (
              <div key={i} className="event-detail">
                {d}
              </div>
            ))}
            {e.note ? <div className="event-note pre-wrap">{e.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
