import { Analyzer, MatchIndex, type MatchDocument } from '@yunju/match';
import type { Db } from '../../platform/db.ts';
import { demandDoc, docId, expertDoc, outputDoc, resourceDoc, talentDoc, teamDoc } from './match-ranking.ts';
import { listAllDemandRows, listExpertRows, listOutputRows, listResourceBriefs, listTalentRows, listTeamRows, resourcesStamp } from './matching.repository.ts';

/**
 * One in-process MatchIndex per tenant (and per database handle), built lazily from the database
 * on first use and kept in sync by the services after every committed write (add / update /
 * remove). Catalogue resources belong to another module: their stamp (count + last update) is
 * compared on each use and the resources are reloaded when it changed.
 *
 * Several API processes would each hold their own index; writes in one process reach the others
 * only at their next rebuild (see ARCHITECTURE.md, scale path).
 */
interface TenantIndex {
  index: MatchIndex;
  resourceIds: Set<string>;
  resourcesStamp: string;
}

let analyzer: Analyzer | undefined;
const sharedAnalyzer = (): Analyzer => (analyzer ??= new Analyzer());

/** The words of a query as the index analyses them (to show only meaningful matched terms). */
export function queryWordsOf(text: string): Set<string> {
  return new Set(sharedAnalyzer().analyze(text).words);
}

const indexes = new WeakMap<Db, Map<string, Promise<TenantIndex>>>();

function tenantMap(db: Db): Map<string, Promise<TenantIndex>> {
  let m = indexes.get(db);
  if (!m) indexes.set(db, (m = new Map()));
  return m;
}

async function loadResources(db: Db, tenantId: string, t: TenantIndex): Promise<void> {
  for (const id of t.resourceIds) t.index.remove(docId('resource', id));
  t.resourceIds.clear();
  const stamp = await resourcesStamp(db, tenantId);
  for (const r of await listResourceBriefs(db, tenantId)) {
    if (r.status !== 'in_force') continue;
    t.index.add(resourceDoc(r));
    t.resourceIds.add(r.id);
  }
  t.resourcesStamp = stamp;
}

async function build(db: Db, tenantId: string): Promise<TenantIndex> {
  // A county's index is small and mixes kinds (experts, talents, demands...): keep every query
  // term (the engine's common-term pruning is meant for large corpora).
  const index = new MatchIndex({ analyzer: sharedAnalyzer(), params: { maxQueryDf: 1 } });
  const t: TenantIndex = { index, resourceIds: new Set(), resourcesStamp: '' };
  for (const e of (await listExpertRows(db, tenantId, {}, null)).rows) index.add(expertDoc(e));
  for (const x of (await listTeamRows(db, tenantId, undefined, null)).rows) index.add(teamDoc(x));
  for (const x of (await listTalentRows(db, tenantId, undefined, null)).rows) index.add(talentDoc(x));
  for (const x of (await listOutputRows(db, tenantId, undefined, null)).rows) index.add(outputDoc(x));
  for (const d of await listAllDemandRows(db, tenantId)) index.add(demandDoc(d));
  await loadResources(db, tenantId, t);
  return t;
}

/** The tenant's index, built on first use; catalogue resources refreshed when they changed. */
export async function matchIndexFor(db: Db, tenantId: string): Promise<MatchIndex> {
  const m = tenantMap(db);
  let p = m.get(tenantId);
  if (!p) {
    p = build(db, tenantId);
    m.set(tenantId, p);
    p.catch(() => m.delete(tenantId));
  }
  const t = await p;
  if ((await resourcesStamp(db, tenantId)) !== t.resourcesStamp) await loadResources(db, tenantId, t);
  return t.index;
}

/** After a commit: puts the document into the tenant's index if that index was built (else the lazy build reads it). */
export function syncDocuments(db: Db, tenantId: string, docs: MatchDocument[]): void {
  const p = indexes.get(db)?.get(tenantId);
  if (!p) return;
  void p.then((t) => {
    for (const d of docs) t.index.update(d);
  }, () => undefined);
}

export function removeDocument(db: Db, tenantId: string, id: string): void {
  const p = indexes.get(db)?.get(tenantId);
  if (!p) return;
  void p.then((t) => t.index.remove(id), () => undefined);
}

/** Drops the tenant's index (the next use rebuilds it), e.g. after a bulk import or a restore. */
export function dropMatchIndex(db: Db, tenantId: string): void {
  indexes.get(db)?.delete(tenantId);
}
