/** The deposit certificate (存证证书): an A4 PDF in Chinese with a QR code (receipt hash + verification address). */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificateData {
  title: string;
  enterpriseName: string;
  creditCode: string;
  index: number;
  sha256: string;
  depositedAt: Date;
  origin: string;
  logKey: string;
  receipt: string;
  verifyUrl: string;
  notarisation: { notaryName: string; decidedAt: Date; notaryKey: string } | null;
}

const beijing = (d: Date) => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19)}（北京时间）`;

/** SHA-256 of the receipt text, hex: what the QR code and the certificate quote. */
export function receiptHash(receipt: string): string {
  return createHash('sha256').update(receipt, 'utf8').digest('hex');
}

export async function buildCertificatePdf(d: CertificateData, fontPath: string): Promise<Buffer> {
  const rHash = receiptHash(d.receipt);
  const qrText = `${d.verifyUrl}?receipt=${rHash}&index=${d.index}`;
  const qr = await QRCode.toBuffer(qrText, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `存证证书 ${d.title}`, Author: '云局 商业秘密保险箱' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const hasFont = fs.existsSync(fontPath);
  if (hasFont) {
    doc.registerFont('cjk', fontPath, fontPath.endsWith('.ttc') ? 'NotoSansCJKsc-Regular' : undefined);
    doc.font('cjk');
  }
  doc.fontSize(22).text('商业秘密存证证书', { align: 'center' });
  doc.moveDown(0.3).fontSize(10).fillColor('#555').text('云局 · 商业秘密保险箱（可验证透明日志存证）', { align: 'center' }).fillColor('black');
  doc.moveDown(1.2).fontSize(11);
  const row = (label: string, value: string) => {
    (hasFont ? doc.font('cjk') : doc).fontSize(11).fillColor('#333').text(`${label}：`, { continued: true }).fillColor('black').text(value);
    doc.moveDown(0.35);
  };
  row('存证名称', d.title);
  row('存证单位', `${d.enterpriseName}（统一社会信用代码 ${d.creditCode}）`);
  row('存证时间', beijing(d.depositedAt));
  row('日志序号', String(d.index));
  row('文件 SHA-256', d.sha256);
  row('日志标识', d.origin);
  row('日志公钥', d.logKey);
  row('回执摘要（SHA-256）', rHash);
  doc.moveDown(0.5);
  if (d.notarisation) {
    doc.fontSize(13).text('公证信息');
    doc.moveDown(0.3);
    row('公证员', d.notarisation.notaryName);
    row('公证时间', beijing(d.notarisation.decidedAt));
    row('公证员公钥', d.notarisation.notaryKey);
    doc.fontSize(10).fillColor('#333').text('公证员已审核存证单位身份及存证说明，并以其密钥对包含本条目的日志检查点进行联署（cosignature/v1），同时签署与本条目绑定的公证声明。').fillColor('black');
    doc.moveDown(0.5);
  }
  doc.fontSize(10).fillColor('#333').text(
    '说明：本平台仅保存文件的 SHA-256 摘要与盐值，文件本身未上传。持有原文件、盐值与回执（.tlog-proof）者，可在下列地址或以离线命令 yunju-verify 自行核验：文件摘要与回执条目一致，且条目包含在经日志密钥签名的检查点中。',
  );
  doc.moveDown(0.5).fillColor('black').text(`核验地址：${d.verifyUrl}`);
  const y = doc.y + 10;
  doc.image(qr, doc.page.width - 56 - 130, y, { width: 130 });
  doc.fontSize(9).fillColor('#555').text('扫描二维码核验（含回执摘要与核验地址）', 56, y + 50, { width: 300 });
  doc.end();
  return done;
}
