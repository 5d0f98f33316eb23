import { z } from 'zod';

/**
 * Stable error codes. The server maps each to an HTTP status and RFC 9457 problem+json with
 * a zh-CN and an English message; clients switch on `code`, never on the message.
 */
export const errorCatalog = {
  'request.invalid': { status: 400, zh: '提交的内容有误，请检查标注的字段', en: 'The request has invalid fields' },
  'request.too_large': { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  'request.unsupported_media_type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  'auth.unauthenticated': { status: 401, zh: '请先登录', en: 'Please sign in' },
  'auth.invalid_credentials': { status: 401, zh: '用户名或密码错误', en: 'Incorrect username or password' },
  'auth.too_many_attempts': { status: 429, zh: '登录尝试过于频繁，请稍后再试', en: 'Too many sign-in attempts; try again later' },
  'auth.csrf_failed': { status: 403, zh: '安全校验失败，请刷新页面后重试', en: 'Security check failed; reload the page and try again' },
  'auth.forbidden': { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'auth.read_only': { status: 403, zh: '当前账号为只读账号，不能修改数据', en: 'This account is read-only' },
  'auth.password_change_required': { status: 403, zh: '首次登录或密码已被重置，请先修改密码', en: 'Change your password before continuing' },
  'auth.wrong_current_password': { status: 400, zh: '当前密码不正确', en: 'The current password is incorrect' },
  'auth.weak_password': { status: 400, zh: '新密码不符合安全要求', en: 'The new password does not meet the password rules' },
  'auth.password_reused': { status: 400, zh: '新密码不能与最近 5 次使用过的密码相同', en: 'The new password must differ from the last 5 passwords' },
  'case.invalid_transition': { status: 409, zh: '案件当前状态下不能执行该操作', en: 'This action is not possible in the case’s current state' },
  'case.open_tasks': { status: 409, zh: '尚有未完成的协办或跟进任务，不能办结或归档', en: 'Co-handling or follow-up tasks are still open' },
  'case.reopen_window_closed': { status: 409, zh: '办结已超过 15 日，不能再申请重新办理', en: 'More than 15 days have passed since resolution; the case cannot be reopened' },
  'case.close_not_due': { status: 409, zh: '办结未满 15 日且企业尚未评价，暂不能归档', en: 'An unrated case can be closed only 15 days after resolution' },
  'case.not_triageable': { status: 409, zh: '只有自由诉求需要分拨', en: 'Only free-form requests are triaged' },
  'case.no_open_task': { status: 409, zh: '本部门在该案件上没有待办任务', en: 'Your department has no open task on this case' },
  'case.item_not_in_force': { status: 400, zh: '该服务事项已停止办理', en: 'The service item is not in force' },
  'case.invalid_submission': { status: 400, zh: '申请材料或条件不符合要求，请检查标注的字段', en: 'The submission does not meet the item’s requirements' },
  'resource.not_found': { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  'route.not_found': { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  'catalogue.duplicate_code': { status: 409, zh: '编码已被其他事项或资源使用', en: 'The code is already in use' },
  'catalogue.already_withdrawn': { status: 409, zh: '该记录已撤回', en: 'Already withdrawn' },
  'catalogue.not_withdrawn': { status: 409, zh: '该记录未撤回，无需恢复', en: 'Not withdrawn; nothing to restore' },
  'catalogue.import_file_invalid': { status: 400, zh: '导入文件不是有效的 Excel（.xlsx）文件，或缺少必需的列', en: 'The file is not a valid .xlsx workbook or lacks required columns' },
  'safebox.not_yet_sequenced': { status: 409, zh: '该存证尚未纳入已签名的日志检查点，请稍候再试', en: 'The deposit is not yet in a signed checkpoint; try again shortly' },
  'safebox.notarisation_exists': { status: 409, zh: '该存证已申请公证', en: 'Notarisation has already been requested for this deposit' },
  'safebox.notarisation_decided': { status: 409, zh: '该公证申请已处理', en: 'This notarisation request has already been decided' },
  'safebox.no_notary_key': { status: 409, zh: '公证员密钥尚未创建或尚未经管理员登记', en: 'The notary key has not been created or registered yet' },
  'safebox.wrong_passphrase': { status: 400, zh: '密钥口令不正确', en: 'The key passphrase is incorrect' },
  'safebox.keystore_exists': { status: 409, zh: '已存在公证员密钥，请联系管理员轮换', en: 'A notary key already exists' },
  'safebox.invalid_key': { status: 400, zh: '密钥格式不正确', en: 'The key is malformed' },
  'safebox.log_unavailable': { status: 503, zh: '存证日志暂不可用，请稍后再试', en: 'The safe-box log is unavailable; try again later' },
  'matching.invalid_transition': { status: 409, zh: '对接当前所处环节不能执行该操作', en: 'This step is not possible in the engagement’s current state' },
  'matching.not_a_party': { status: 403, zh: '您不是该对接的当事方，不能执行该操作', en: 'You are not a party to this engagement' },
  'matching.already_pushed': { status: 409, zh: '该对象已推荐给本需求，请在对接记录中继续办理', en: 'This candidate has already been pushed for this demand' },
  'matching.demand_closed': { status: 409, zh: '该需求已解决或已关闭', en: 'The demand is solved or closed' },
  'matching.candidate_not_found': { status: 400, zh: '推荐对象不存在', en: 'No such candidate' },
  'matching.no_profile': { status: 404, zh: '当前账号尚未关联专家档案', en: 'This account has no expert profile' },
  'matching.no_talent_profile': { status: 404, zh: '当前账号尚未关联人才档案，请联系科技局办理', en: 'This account has no talent profile' },
  'matching.duplicate_code': { status: 409, zh: '编码已被使用', en: 'The code is already in use' },
  'matching.import_file_invalid': { status: 400, zh: '导入文件不是有效的 Excel（.xlsx）或 JSON Lines（.jsonl）文件，或缺少必需的列', en: 'The file is not a valid .xlsx or .jsonl file or lacks required columns' },
  'enterprise.duplicate_credit_code': { status: 409, zh: '该统一社会信用代码已在企业名录中', en: 'An enterprise with this credit code is already on file' },
  'enterprise.import_file_invalid': { status: 400, zh: '导入文件不是有效的 Excel（.xlsx）文件，或缺少必需的列', en: 'The file is not a valid .xlsx workbook or lacks required columns' },
  'enterprise.correction_decided': { status: 409, zh: '该更正申请已处理', en: 'This correction has already been decided' },
  'coverage.already_covered': { status: 409, zh: '该企业在该年度此项已覆盖，无需记录原因', en: 'The enterprise is covered on this flag in that year; no cause is needed' },
  'cultivation.task_done': { status: 409, zh: '该任务已完成', en: 'This task is already done' },
  'service.unavailable': { status: 503, zh: '服务暂不可用，请稍后再试', en: 'Service unavailable; try again later' },
  'server.internal': { status: 500, zh: '系统内部错误，请联系管理员并提供请求编号', en: 'Internal error; quote the request id to the administrator' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

/** One field-level problem of a validation error. `path` is dotted, e.g. `materials.0.name`. */
export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of `/api` carries them. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  message: z.string().describe('zh-CN message'),
  messageEn: z.string().describe('English message'),
  requestId: z.string(),
  errors: z.array(FieldError).optional(),
  retryAfterSeconds: z.number().int().optional(),
});
export type Problem = z.infer<typeof Problem>;
