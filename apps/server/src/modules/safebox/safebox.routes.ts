import {
  BatchDepositCreated,
  CheckpointTimestamp,
  BatchDepositInput,
  ConsistencyProofQuery,
  ConsistencyProofView,
  CountersignInput,
  CreateKeystoreInput,
  DepositCreated,
  DepositDetail,
  DepositExportQuery,
  DepositInput,
  DepositListQuery,
  DepositPage,
  InclusionProofQuery,
  InclusionProofView,
  LogInfo,
  NotarisationListQuery,
  NotarisationPage,
  NotarisationRequestInput,
  NotarisationView,
  NotaryKey,
  NotaryKeystoreView,
  Problem,
  RegisterNotaryKeyInput,
  RejectNotarisationInput,
  VerifyInput,
  VerifyResult,
} from '@yunju/contracts';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';
import { contextOf } from '../../platform/http/request-context.ts';
import { NoQuery, notFoundResponse, problemResponses, type Router } from '../../platform/http/routing.ts';
import { buildCertificatePdf, receiptHash } from './certificate.ts';
import { currentHead, latestTimestamp, logInfo, publicConsistencyProof, publicInclusionProof, readPublicTile, verifyForPublic } from './log-public.service.ts';
import { countersign, createKeystore, getForNotary, getKeystore, listForNotary, listKeys, registerKey, rejectNotarisation, requestNotarisation, retireKey } from './notary.service.ts';
import { safeboxLogFor } from './safebox-log.ts';
import { buildDepositWorkbook } from './safebox-export.ts';
import { createDeposits, getMyDeposit, getMyDepositForCertificate, getMyReceipt, listMyDeposits, listMyDepositsForExport } from './safebox.service.ts';

const IdParams = z.strictObject({ id: z.string().uuid() });
const conflict = { 409: Problem.describe('Not yet in a checkpoint, or already decided (safebox.*)') } as const;
const tags = ['safebox'];
const publicTags = ['safebox-log'];
const text = z.string();

export function safeboxRoutes(app: Router, { database, config, clock }: AppDeps): void {
  const db = database.db;
  const log = safeboxLogFor(database, config);
  app.addHook('onClose', async () => log.stop());
  log.setEvents({ error: (m, err) => app.log.error({ err }, m) });

  // ---- Enterprise: deposits ----
  app.post(
    '/api/safebox/deposits',
    { schema: { tags, summary: 'Deposit a file’s SHA-256 and salt (enterprise); 201 once the entry is durably committed with its log index', body: DepositInput, response: { 201: DepositCreated, ...problemResponses, 503: Problem } } },
    async (req, reply) => {
      const created = await createDeposits(log, db, contextOf(req), [req.body], clock.now());
      return reply.status(201).send(created[0]!);
    },
  );
  app.post(
    '/api/safebox/deposits/batch',
    { schema: { tags, summary: 'Deposit many files in one request (enterprise)', body: BatchDepositInput, response: { 201: BatchDepositCreated, ...problemResponses, 503: Problem } } },
    async (req, reply) => reply.status(201).send({ items: await createDeposits(log, db, contextOf(req), req.body.items, clock.now()) }),
  );
  app.get(
    '/api/safebox/deposits',
    { schema: { tags, summary: 'The enterprise’s own deposits, searched and filtered', querystring: DepositListQuery, response: { 200: DepositPage, ...problemResponses } } },
    async (req) => listMyDeposits(db, contextOf(req), req.query),
  );
  app.get(
    '/api/safebox/deposits/export',
    { schema: { tags, summary: 'The enterprise’s deposits (current filter) as a spreadsheet', querystring: DepositExportQuery, response: { 200: z.any().describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...problemResponses } } },
    async (req, reply) => {
      const { items, total } = await listMyDepositsForExport(db, contextOf(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('存证清单.xlsx')}`)
        .header('x-content-type-options', 'nosniff')
        .send(await buildDepositWorkbook(items, total));
    },
  );
  app.get(
    '/api/safebox/deposits/:id',
    { schema: { tags, summary: 'One of the enterprise’s deposits', params: IdParams, querystring: NoQuery, response: { 200: DepositDetail, ...problemResponses, ...notFoundResponse } } },
    async (req) => getMyDeposit(db, contextOf(req), req.params.id, log.config.origin, log.config.verifyUrl),
  );
  app.get(
    '/api/safebox/deposits/:id/receipt',
    { schema: { tags, summary: 'The receipt (c2sp.org/tlog-proof@v1 text) once a checkpoint covers the entry; 409 before', params: IdParams, querystring: NoQuery, response: { 200: text, ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req, reply) => {
      const { receipt, deposit } = await getMyReceipt(db, contextOf(req), req.params.id);
      return reply
        .header('content-type', 'text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="deposit-${deposit.idx}.tlog-proof"`)
        .send(receipt);
    },
  );
  app.get(
    '/api/safebox/deposits/:id/certificate',
    { schema: { tags, summary: 'The deposit certificate (PDF, Chinese, with QR code); 409 before a checkpoint covers the entry', params: IdParams, querystring: NoQuery, response: { 200: z.any().describe('application/pdf'), ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req, reply) => {
      const c = await getMyDepositForCertificate(db, contextOf(req), req.params.id);
      const n = c.notarisation;
      const pdf = await buildCertificatePdf(
        {
          title: c.deposit.title,
          enterpriseName: c.enterprise.name,
          creditCode: c.enterprise.creditCode,
          index: c.deposit.idx,
          sha256: c.deposit.sha256,
          depositedAt: c.deposit.depositedAt,
          origin: log.config.origin,
          logKey: log.signer.verifierKey,
          receipt: c.receipt,
          verifyUrl: log.config.verifyUrl,
          notarisation: n?.status === 'countersigned' && n.decidedAt && n.notaryKey ? { notaryName: n.notaryName ?? '', decidedAt: n.decidedAt, notaryKey: n.notaryKey } : null,
        },
        log.config.cjkFont,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'no-store')
        .header('x-receipt-sha256', receiptHash(c.receipt))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`存证证书-${c.deposit.idx}.pdf`)}`)
        .send(pdf);
    },
  );
  app.post(
    '/api/safebox/deposits/:id/notarisation',
    { schema: { tags, summary: 'Ask a notary to notarise the deposit (enterprise)', params: IdParams, body: NotarisationRequestInput, response: { 201: NotarisationView, ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req, reply) => reply.status(201).send(await requestNotarisation(db, contextOf(req), req.params.id, req.body, clock.now())),
  );

  // ---- Notary ----
  app.get(
    '/api/safebox/notarisations',
    { schema: { tags, summary: 'Notarisation requests, pending first (notary)', querystring: NotarisationListQuery, response: { 200: NotarisationPage, ...problemResponses } } },
    async (req) => listForNotary(db, contextOf(req), req.query),
  );
  app.get(
    '/api/safebox/notarisations/:id',
    { schema: { tags, summary: 'One notarisation request with the enterprise’s identity and the description (notary)', params: IdParams, querystring: NoQuery, response: { 200: NotarisationView, ...problemResponses, ...notFoundResponse } } },
    async (req) => getForNotary(db, contextOf(req), req.params.id),
  );
  app.post(
    '/api/safebox/notarisations/:id/countersign',
    { schema: { tags, summary: 'Countersign: cosign the checkpoint and sign the notarial statement with the notary key unlocked by the passphrase (notary)', params: IdParams, body: CountersignInput, response: { 200: NotarisationView, ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req) => countersign(db, contextOf(req), req.params.id, req.body, clock.now(), log.config.origin),
  );
  app.post(
    '/api/safebox/notarisations/:id/reject',
    { schema: { tags, summary: 'Decline to notarise, with a reason (notary)', params: IdParams, body: RejectNotarisationInput, response: { 200: NotarisationView, ...problemResponses, ...notFoundResponse, ...conflict } } },
    async (req) => rejectNotarisation(db, contextOf(req), req.params.id, req.body.reason, clock.now()),
  );
  app.get(
    '/api/safebox/notary/keystore',
    { schema: { tags, summary: 'Whether the notary has a key, its cosigner public key and whether it is registered (notary)', querystring: NoQuery, response: { 200: NotaryKeystoreView, ...problemResponses } } },
    async (req) => getKeystore(db, contextOf(req)),
  );
  app.post(
    '/api/safebox/notary/keystore',
    { schema: { tags, summary: 'Create (or import) the notary’s Ed25519 key, sealed under a passphrase (notary)', body: CreateKeystoreInput, response: { 201: NotaryKeystoreView, ...problemResponses, 409: Problem } } },
    async (req, reply) => reply.status(201).send(await createKeystore(db, contextOf(req), req.body, clock.now())),
  );

  // ---- Bureau admin: notary keys ----
  app.get(
    '/api/safebox/notary-keys',
    { schema: { tags, summary: 'Registered notary cosigner keys (bureau admin)', querystring: NoQuery, response: { 200: z.array(NotaryKey), ...problemResponses } } },
    async (req) => listKeys(db, contextOf(req)),
  );
  app.post(
    '/api/safebox/notary-keys',
    { schema: { tags, summary: 'Register a notary’s cosigner public key; the previous one is retired (bureau admin)', body: RegisterNotaryKeyInput, response: { 201: NotaryKey, ...problemResponses } } },
    async (req, reply) => reply.status(201).send(await registerKey(db, contextOf(req), req.body, clock.now())),
  );
  app.post(
    '/api/safebox/notary-keys/:id/retire',
    { schema: { tags, summary: 'Retire a notary key (it stays published so old receipts verify) (bureau admin)', params: IdParams, response: { 200: NotaryKey, ...problemResponses, ...notFoundResponse } } },
    async (req) => retireKey(db, contextOf(req), req.params.id, clock.now()),
  );

  // ---- Public, read-only log (no login) ----
  const cors = { 'access-control-allow-origin': '*' };
  app.get(
    '/api/safebox/log/key',
    { config: { public: true }, schema: { tags: publicTags, summary: 'The log’s signed-note verifier key', security: [], querystring: NoQuery, response: { 200: text } } },
    async (_req, reply) => reply.headers({ ...cors, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' }).send(`${log.signer.verifierKey}\n`),
  );
  app.get(
    '/api/safebox/log/info',
    { config: { public: true }, schema: { tags: publicTags, summary: 'Origin, log key and every notary cosigner key (retired ones too)', security: [], querystring: NoQuery, response: { 200: LogInfo } } },
    async (_req, reply) => reply.headers({ ...cors, 'cache-control': 'no-cache' }).send(await logInfo(log, db)),
  );
  app.get(
    '/api/safebox/log/checkpoint',
    { config: { public: true }, schema: { tags: publicTags, summary: 'The latest signed checkpoint (c2sp.org/tlog-checkpoint)', security: [], response: { 200: text, 503: Problem } } },
    async (_req, reply) => reply.headers({ ...cors, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }).send((await currentHead(log, db)).note),
  );
  app.get(
    '/api/safebox/log/tile/*',
    { config: { public: true }, schema: { tags: publicTags, summary: 'A hash tile (c2sp.org/tlog-tiles): tile/<L>/<N>[.p/<W>]; entry bundles are not published', security: [], response: { 200: z.any().describe('application/octet-stream'), 404: Problem } } },
    async (req, reply) => {
      const rest = (req.params as { '*': string })['*'];
      const t = await readPublicTile(log, db, `tile/${rest}`);
      return reply.headers({ ...cors, 'content-type': 'application/octet-stream', 'cache-control': 'public, max-age=31536000, immutable' }).send(t.bytes);
    },
  );
  app.get(
    '/api/safebox/log/proof/inclusion',
    { config: { public: true }, schema: { tags: publicTags, summary: 'Inclusion proof of leaf `index` in the tree of `size` (≤ the latest checkpoint)', security: [], querystring: InclusionProofQuery, response: { 200: InclusionProofView, 400: Problem, 404: Problem } } },
    async (req, reply) => reply.headers(cors).send(await publicInclusionProof(log, db, req.query.index, req.query.size)),
  );
  app.get(
    '/api/safebox/log/proof/consistency',
    { config: { public: true }, schema: { tags: publicTags, summary: 'Consistency proof between tree sizes `from` ≤ `to` (≤ the latest checkpoint)', security: [], querystring: ConsistencyProofQuery, response: { 200: ConsistencyProofView, 400: Problem, 404: Problem } } },
    async (req, reply) => reply.headers(cors).send(await publicConsistencyProof(log, db, req.query.from, req.query.to)),
  );
  app.get(
    '/api/safebox/log/timestamp',
    { config: { public: true }, schema: { tags: publicTags, summary: 'The latest checkpoint with its RFC 3161 time-stamp token (base64 DER) from the configured TSA; 404 when none', security: [], querystring: NoQuery, response: { 200: CheckpointTimestamp, 404: Problem } } },
    async (_req, reply) => reply.headers({ ...cors, 'cache-control': 'no-cache' }).send(await latestTimestamp(db)),
  );
  app.post(
    '/api/safebox/verify',
    { config: { public: true }, schema: { tags: publicTags, summary: 'Verify a receipt against the file hash and salt (the checks of `npx yunju-verify`, done by the server)', security: [], body: VerifyInput, response: { 200: VerifyResult, 400: Problem } } },
    async (req) => verifyForPublic(log, db, req.body),
  );
}
