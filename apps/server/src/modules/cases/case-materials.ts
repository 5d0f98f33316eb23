import type { CaseMaterialInput, FieldError } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { listAttachmentMetas } from '../attachments/index.ts';
import { listAttachedAttachmentIds } from './cases.repository.ts';

export interface MaterialSpec {
  name: string;
  required: boolean;
  fileTypes: string[];
}

const fieldError = (path: string, code: string, message: string, messageEn: string): FieldError => ({ path, code, message, messageEn });

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/**
 * Checks the files an enterprise (or the desk) attaches: each is the caller's own upload, not yet
 * attached to a case, listed once; with a service item's `spec`, each name is one of its
 * materials, of an allowed file type, and every required material is there.
 * Returns the field errors (paths `materials.<i>.…` and `materials`).
 */
export async function checkMaterials(db: Db, actor: Actor, materials: CaseMaterialInput[], spec: MaterialSpec[] | null): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const ids = materials.map((m) => m.attachmentId);
  const [attachedIds, metas] = await Promise.all([listAttachedAttachmentIds(db, actor.tenantId, ids), listAttachmentMetas(db, actor.tenantId, ids)]);
  const attached = new Set(attachedIds);
  for (const [i, m] of materials.entries()) {
    if (seen.has(m.attachmentId)) {
      errors.push(fieldError(`materials.${i}.attachmentId`, 'duplicate', '同一文件不能重复提交', 'The same file is listed twice'));
      continue;
    }
    seen.add(m.attachmentId);
    const meta = metas.get(m.attachmentId);
    if (!meta || meta.uploadedBy !== actor.userId || attached.has(m.attachmentId)) {
      errors.push(fieldError(`materials.${i}.attachmentId`, 'unknown_attachment', '附件不存在或不是本人上传的文件', 'No such upload of yours'));
      continue;
    }
    if (!spec) continue;
    const item = spec.find((s) => s.name === m.name);
    if (!item) {
      errors.push(fieldError(`materials.${i}.name`, 'unknown_material', `事项材料清单中没有“${m.name}”`, `“${m.name}” is not a material of this item`));
    } else if (item.fileTypes.length > 0 && !item.fileTypes.includes(extensionOf(meta.originalName))) {
      errors.push(
        fieldError(`materials.${i}.attachmentId`, 'file_type', `“${m.name}”只接受 ${item.fileTypes.join('、')} 格式`, `“${m.name}” accepts ${item.fileTypes.join(', ')} files only`),
      );
    }
  }
  if (spec) {
    const given = new Set(materials.map((m) => m.name));
    const missing = spec.filter((s) => s.required && !given.has(s.name)).map((s) => s.name);
    if (missing.length) errors.push(fieldError('materials', 'missing_required', `缺少必需材料：${missing.join('、')}`, `Required materials missing: ${missing.join(', ')}`));
  }
  return errors;
}

/** Throws a 400 naming the fields when there are errors. */
export function throwIfInvalid(errors: FieldError[], code: 'case.invalid_submission' | 'request.invalid' = 'case.invalid_submission'): void {
  if (errors.length) throw new AppError(code, { fieldErrors: errors });
}

export { fieldError };
