import type { CaseDetail, EnterpriseSummary, FieldError, ResourceDetail, ServiceItemDetail, UploadedAttachment } from '@yunju/contracts';
import { attachmentExtensionCodes } from '@yunju/contracts/case-codes';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Steps, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api.ts';
import { useErrorMessage } from '../../components/error-message.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useIsPhone } from '../../components/use-is-phone.ts';
import { formatBytes } from './case-model.ts';
import { registerWalkIn, submitCase, type SubmitBody } from './cases-api.ts';
import { MaterialSlot, type MaterialSlotSpec, type SlotFile } from './material-slot.tsx';
import { clearDraft, emptyDraft, loadDraft, saveDraft, type DraftFile, type WizardDraft } from './wizard-draft.ts';

export type WizardTarget = { kind: 'item'; item: ServiceItemDetail } | { kind: 'resource'; resource: ResourceDetail } | { kind: 'request' };

/** A step before the common ones (the walk-in desk chooses the enterprise there). */
export interface LeadStep {
  title: string;
  content: ReactNode;
  /** An error message when the step is not complete, else null. */
  check: () => string | null;
}

interface Props {
  target: WizardTarget;
  /** Walk-in registration at the desk for this enterprise (null until chosen); absent online. */
  walkIn?: { enterprise: EnterpriseSummary | null };
  leadStep?: LeadStep;
  /** Unique per user and target: the draft's storage key; null keeps no draft (the walk-in desk serves one enterprise after another). */
  draftKey: string | null;
  onSubmitted: (detail: CaseDetail) => void;
}

type StepKey = 'lead' | 'conditions' | 'materials' | 'details' | 'confirm';

interface DetailsValues {
  title: string;
  description: string;
}

/** The server's field errors by where they show (kept as received, shown in the current language). */
interface ServerErrors {
  conditions: FieldError[];
  materials: Record<string, { fileName: string | null; error: FieldError }[]>;
  materialsGeneral: FieldError[];
}

const noServerErrors: ServerErrors = { conditions: [], materials: {}, materialsGeneral: [] };
const freeSlot: MaterialSlotSpec = { key: 'free', name: null, required: false, fileTypes: attachmentExtensionCodes };

function slotsOf(target: WizardTarget): MaterialSlotSpec[] {
  if (target.kind !== 'item') return [freeSlot];
  return target.item.materials.map((m, i) => ({ key: `m${i}`, name: m.name, required: m.required, fileTypes: m.fileTypes }));
}

const toSlotFile = (f: DraftFile): SlotFile => ({ uid: f.uid, name: f.name, status: 'done', response: f.attachment, size: f.attachment.sizeBytes, percent: 100 });

const doneFiles = (files: readonly SlotFile[]) => files.filter((f): f is SlotFile & { response: UploadedAttachment } => f.status === 'done' && f.response !== undefined);

/**
 * The case wizard: 确认申请条件 → 上传申请材料 → 填写说明 → 确认提交 (conditions only for service
 * items that have them). Everything the user did stays on a server error and in the tab's draft.
 */
export function CaseWizard({ target, walkIn, leadStep, draftKey, onSubmitted }: Props) {
  const { t, i18n } = useTranslation();
  const messageOf = useErrorMessage();
  const isPhone = useIsPhone();
  const text = (e: FieldError) => (i18n.language === 'en' ? e.messageEn || e.message : e.message || e.messageEn);
  const conditions = target.kind === 'item' ? target.item.conditions : [];
  const slots = useMemo(() => slotsOf(target), [target]);
  const initial = useMemo(() => (draftKey ? loadDraft(draftKey, conditions.length) : emptyDraft(conditions.length)), [draftKey, conditions.length]);
  const [form] = Form.useForm<DetailsValues>();
  const [confirmed, setConfirmed] = useState<boolean[]>(initial.confirmed);
  const [files, setFiles] = useState<Record<string, SlotFile[]>>(() =>
    Object.fromEntries(Object.entries(initial.files).map(([slot, list]) => [slot, list.map(toSlotFile)])),
  );
  const [step, setStep] = useState(0);
  const [stepError, setStepError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<ServerErrors>(noServerErrors);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const panels = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  const steps: StepKey[] = [
    ...(leadStep ? (['lead'] as const) : []),
    ...(conditions.length > 0 ? (['conditions'] as const) : []),
    'materials',
    'details',
    'confirm',
  ];
  const current = steps[step] ?? 'confirm';

  // The draft follows every change (files only once uploaded).
  const persist = (next: Partial<WizardDraft>) => {
    if (!draftKey) return;
    const values = form.getFieldsValue();
    const draft: WizardDraft = {
      confirmed,
      files: Object.fromEntries(
        Object.entries(files).map(([slot, list]) => [slot, doneFiles(list).map((f) => ({ uid: f.uid, name: f.name, attachment: f.response }))]),
      ),
      title: values.title ?? '',
      description: values.description ?? '',
      ...next,
    };
    saveDraft(draftKey, draft);
  };

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (!leadStep) return;
    }
    // Keyboard users continue where the new step starts.
    const panel = panels.current?.querySelector<HTMLElement>(`[data-step="${current}"]`);
    const target = panel?.querySelector<HTMLElement>('[data-autofocus], input:not([type=file]):not([disabled]), textarea, button:not([disabled])');
    target?.focus();
  }, [current, leadStep]);

  const setSlotFiles = (slot: string, list: SlotFile[]) => {
    const next = { ...files, [slot]: list };
    setFiles(next);
    setServerErrors((e) => ({ ...e, materials: { ...e.materials, [slot]: [] }, materialsGeneral: [] }));
    persist({
      files: Object.fromEntries(
        Object.entries(next).map(([s, l]) => [s, doneFiles(l).map((f) => ({ uid: f.uid, name: f.name, attachment: f.response }))]),
      ),
    });
  };

  const setCondition = (index: number, value: boolean) => {
    const next = confirmed.map((c, i) => (i === index ? value : c));
    setConfirmed(next);
    setServerErrors((e) => ({ ...e, conditions: [] }));
    persist({ confirmed: next });
  };
  const setAllConditions = (value: boolean) => {
    const next = confirmed.map(() => value);
    setConfirmed(next);
    persist({ confirmed: next });
  };

  const missingRequired = slots.filter((s) => s.required && doneFiles(files[s.key] ?? []).length === 0);
  const uploading = Object.values(files).some((list) => list.some((f) => f.status === 'uploading'));

  /** Checks the current step; an error message when it is not complete. */
  const checkStep = async (key: StepKey): Promise<string | null> => {
    switch (key) {
      case 'lead':
        return leadStep?.check() ?? null;
      case 'conditions':
        return confirmed.every(Boolean) ? null : t('cases.wizard.confirmAll');
      case 'materials':
        if (uploading) return t('cases.wizard.stillUploading');
        return missingRequired.length > 0 ? t('cases.wizard.missingRequired', { names: missingRequired.map((s) => s.name).join(t('common.listSeparator')) }) : null;
      case 'details':
        try {
          await form.validateFields();
          return null;
        } catch {
          return t('cases.wizard.fixFields');
        }
      case 'confirm':
        return null;
    }
  };

  const next = async () => {
    const error = await checkStep(current);
    setStepError(error);
    if (!error) setStep((s) => Math.min(s + 1, steps.length - 1));
  };
  const back = () => {
    setStepError(null);
    setStep((s) => Math.max(0, s - 1));
  };
  const goTo = (index: number) => {
    if (index < step) {
      setStepError(null);
      setStep(index);
    }
  };

  /** The materials as submitted, with where each came from (to place the server's `materials.<i>` errors). */
  const submitted = slots.flatMap((slot) =>
    doneFiles(files[slot.key] ?? []).map((f) => ({ slot: slot.key, file: f, input: { name: (slot.name ?? f.name).slice(0, 200), attachmentId: f.response.id } })),
  );

  const submit = async () => {
    for (const key of steps) {
      const error = await checkStep(key);
      if (error) {
        setStep(steps.indexOf(key));
        setStepError(error);
        return;
      }
    }
    const values = form.getFieldsValue(true) as Partial<DetailsValues>;
    const title = values.title?.trim() ?? '';
    const description = values.description?.trim() ?? '';
    const materials = submitted.map((s) => s.input);
    let body: SubmitBody;
    switch (target.kind) {
      case 'item':
        body = { kind: 'item', itemId: target.item.id, description, materials, conditionsConfirmed: confirmed.every(Boolean), ...(title ? { title } : {}) };
        break;
      case 'resource':
        body = { kind: 'resource', resourceId: target.resource.id, description, materials, ...(title ? { title } : {}) };
        break;
      case 'request':
        body = { kind: 'request', title, description, materials };
        break;
    }
    setSubmitting(true);
    setSubmitError(null);
    setServerErrors(noServerErrors);
    try {
      const enterprise = walkIn?.enterprise;
      const detail = walkIn ? await registerWalkIn({ ...body, enterpriseId: enterprise?.id ?? '' }) : await submitCase(body);
      if (draftKey) clearDraft(draftKey);
      onSubmitted(detail);
    } catch (error) {
      setSubmitError(error);
      if (isApiError(error)) placeServerErrors(error.fieldErrors);
    } finally {
      setSubmitting(false);
    }
  };

  /** Field errors of the server beside their fields; the wizard goes back to the first step with one. */
  const placeServerErrors = (fieldErrors: readonly FieldError[]) => {
    const out: ServerErrors = { conditions: [], materials: {}, materialsGeneral: [] };
    const formFields: { name: keyof DetailsValues; errors: string[] }[] = [];
    const hit = new Set<StepKey>();
    for (const e of fieldErrors) {
      const m = /^materials\.(\d+)\./.exec(e.path);
      if (e.path === 'conditionsConfirmed') {
        out.conditions.push(e);
        hit.add('conditions');
      } else if (m) {
        const entry = submitted[Number(m[1])];
        const key = entry?.slot ?? 'free';
        (out.materials[key] ??= []).push({ fileName: entry?.file.name ?? null, error: e });
        hit.add('materials');
      } else if (e.path === 'materials' || e.path.startsWith('materials')) {
        out.materialsGeneral.push(e);
        hit.add('materials');
      } else if (e.path === 'title' || e.path === 'description') {
        formFields.push({ name: e.path, errors: [text(e)] });
        hit.add('details');
      } else if (e.path === 'enterpriseId') {
        hit.add('lead');
      }
    }
    setServerErrors(out);
    if (formFields.length) form.setFields(formFields);
    const first = steps.findIndex((s) => hit.has(s));
    if (first >= 0) setStep(first);
  };

  const stepTitles: Record<StepKey, string> = {
    lead: leadStep?.title ?? '',
    conditions: t('cases.wizard.step.conditions'),
    materials: t('cases.wizard.step.materials'),
    details: t('cases.wizard.step.details'),
    confirm: t('cases.wizard.step.confirm'),
  };

  const requiredDescription = target.kind !== 'item';
  const titlePlaceholder =
    target.kind === 'item' ? target.item.name : target.kind === 'resource' ? t('cases.wizard.resourceTitleDefault', { name: target.resource.name }) : t('cases.wizard.requestTitlePlaceholder');
  const values = Form.useWatch([], form) as Partial<DetailsValues> | undefined;

  // Ctrl+Enter (⌘+Enter) anywhere in the wizard: next step, or submit on the last one.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || submitting) return;
    event.preventDefault();
    void (current === 'confirm' ? submit() : next());
  };

  return (
    <Card className="case-wizard" onKeyDown={onKeyDown}>
      <Steps
        current={step}
        size="small"
        orientation={isPhone ? 'vertical' : 'horizontal'}
        onChange={goTo}
        items={steps.map((key, i) => ({ key, title: stepTitles[key], disabled: i > step }))}
        className="case-steps"
      />
      {submitError && current === 'confirm' ? (
        <div className="case-gap">
          <ProblemAlert error={submitError} title={t('cases.wizard.submitFailed')} />
        </div>
      ) : null}
      {submitError && current !== 'confirm' ? (
        <Alert className="case-gap" type="error" showIcon role="alert" title={t('cases.wizard.submitFailed')} description={messageOf(submitError)} />
      ) : null}
      <div ref={panels} className="case-wizard-panels">
        {leadStep ? (
          <div data-step="lead" hidden={current !== 'lead'}>
            {leadStep.content}
          </div>
        ) : null}

        {conditions.length > 0 ? (
          <div data-step="conditions" hidden={current !== 'conditions'}>
            <Typography.Paragraph type="secondary">{walkIn ? t('cases.wizard.conditionsHintDesk') : t('cases.wizard.conditionsHint')}</Typography.Paragraph>
            <fieldset className="case-conditions" aria-describedby="case-conditions-error">
              <legend className="visually-hidden">{t('cases.wizard.step.conditions')}</legend>
              {walkIn ? (
                <Checkbox
                  className="case-condition-all"
                  checked={confirmed.every(Boolean)}
                  indeterminate={confirmed.some(Boolean) && !confirmed.every(Boolean)}
                  onChange={(e) => setAllConditions(e.target.checked)}
                >
                  {t('cases.wizard.confirmAllBox')}
                </Checkbox>
              ) : null}
              <ol>
                {conditions.map((text, i) => (
                  <li key={i}>
                    <Checkbox checked={confirmed[i] ?? false} onChange={(e) => setCondition(i, e.target.checked)}>
                      {text}
                    </Checkbox>
                  </li>
                ))}
              </ol>
            </fieldset>
            <div id="case-conditions-error">
              {serverErrors.conditions.map((e, i) => (
                <div key={i} className="case-field-error" role="alert">
                  {text(e)}
                </div>
              ))}
            </div>
          </div>
        ) : null}

        <div data-step="materials" hidden={current !== 'materials'}>
          <Typography.Paragraph type="secondary">
            {target.kind === 'item' ? (slots.length > 0 ? t('cases.wizard.materialsHint') : t('cases.wizard.noMaterials')) : t('cases.wizard.freeMaterialsHint')}
          </Typography.Paragraph>
          {serverErrors.materialsGeneral.map((e, i) => (
            <Alert key={i} type="error" showIcon role="alert" className="case-gap" title={text(e)} />
          ))}
          <Flex vertical gap={12}>
            {slots.map((slot) => (
              <MaterialSlot
                key={slot.key}
                slot={slot}
                label={t('cases.wizard.attachments')}
                files={files[slot.key] ?? []}
                onChange={(list) => setSlotFiles(slot.key, list)}
                errors={(serverErrors.materials[slot.key] ?? []).map((m) => (m.fileName ? `${m.fileName}：${text(m.error)}` : text(m.error)))}
              />
            ))}
          </Flex>
        </div>

        <div data-step="details" hidden={current !== 'details'}>
          <Form<DetailsValues>
            form={form}
            layout="vertical"
            name="case-details"
            initialValues={{ title: initial.title, description: initial.description }}
            onValuesChange={(_, all) => persist({ title: all.title ?? '', description: all.description ?? '' })}
            onFinish={() => void next()}
            requiredMark
          >
            <Form.Item
              label={target.kind === 'request' ? t('cases.wizard.requestTitle') : t('cases.wizard.title')}
              name="title"
              extra={target.kind === 'request' ? undefined : t('cases.wizard.titleExtra')}
              rules={target.kind === 'request' ? [{ required: true, whitespace: true, message: t('cases.wizard.titleRequired') }, { max: 200 }] : [{ max: 200 }]}
            >
              <Input placeholder={titlePlaceholder} maxLength={200} showCount />
            </Form.Item>
            <Form.Item
              label={target.kind === 'request' ? t('cases.wizard.requestDescription') : target.kind === 'resource' ? t('cases.wizard.resourceDescription') : t('cases.wizard.description')}
              name="description"
              rules={requiredDescription ? [{ required: true, whitespace: true, message: t('cases.wizard.descriptionRequired') }, { max: 4000 }] : [{ max: 4000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} showCount placeholder={t('cases.wizard.descriptionPlaceholder')} />
            </Form.Item>
            {/* Enter in the title field moves on, like the Next button. */}
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        </div>

        <div data-step="confirm" hidden={current !== 'confirm'}>
          <Typography.Paragraph type="secondary">{walkIn ? t('cases.wizard.confirmHintDesk') : t('cases.wizard.confirmHint')}</Typography.Paragraph>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              ...(walkIn?.enterprise ? [{ key: 'enterprise', label: t('cases.field.enterprise'), children: `${walkIn.enterprise.name}（${walkIn.enterprise.creditCode}）` }] : []),
              ...(target.kind === 'item'
                ? [
                    { key: 'item', label: t('cases.field.item'), children: `${target.item.name}（${target.item.code}）` },
                    { key: 'lead', label: t('cases.field.leadDepartment'), children: target.item.leadDepartment.name },
                    { key: 'promised', label: t('cases.field.promisedDays'), children: t('cases.promisedDaysValue', { days: target.item.promisedDays }) },
                  ]
                : target.kind === 'resource'
                  ? [
                      { key: 'resource', label: t('cases.field.resource'), children: target.resource.name },
                      { key: 'lead', label: t('cases.field.leadDepartment'), children: target.resource.departmentName },
                    ]
                  : [{ key: 'kind', label: t('cases.field.kind'), children: t('cases.wizard.requestRouted') }]),
              ...(conditions.length > 0
                ? [{ key: 'conditions', label: t('cases.wizard.step.conditions'), children: t('cases.wizard.conditionsConfirmed', { count: conditions.length }) }]
                : []),
              {
                key: 'materials',
                label: t('cases.wizard.step.materials'),
                children:
                  submitted.length === 0 ? (
                    t('cases.wizard.noFiles')
                  ) : (
                    <ul className="case-confirm-files">
                      {submitted.map((s) => (
                        <li key={s.file.uid}>
                          {s.input.name === s.file.name ? s.file.name : `${s.input.name}：${s.file.name}`}{' '}
                          <Typography.Text type="secondary">{formatBytes(s.file.response.sizeBytes)}</Typography.Text>
                        </li>
                      ))}
                    </ul>
                  ),
              },
              { key: 'title', label: t('cases.field.title'), children: values?.title?.trim() || titlePlaceholder },
              { key: 'description', label: t('cases.field.description'), children: <span className="pre-wrap">{values?.description?.trim() || t('common.empty')}</span> },
            ]}
          />
        </div>
      </div>

      {stepError ? <Alert className="block-gap" type="error" showIcon role="alert" title={stepError} /> : null}

      <Flex className="case-wizard-footer" gap={8} justify="flex-end" align="center" wrap>
        {isPhone ? null : <Typography.Text type="secondary" className="case-shortcut">{current === 'confirm' ? t('cases.wizard.shortcutSubmit') : t('cases.wizard.shortcut')}</Typography.Text>}
        {step > 0 ? <Button onClick={back}>{t('cases.wizard.back')}</Button> : null}
        {current === 'confirm' ? (
          <Button type="primary" loading={submitting} onClick={() => void submit()}>
            {walkIn ? t('cases.wizard.registerSubmit') : t('cases.wizard.submit')}
          </Button>
        ) : (
          <Button type="primary" onClick={() => void next()}>
            {t('cases.wizard.next')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
