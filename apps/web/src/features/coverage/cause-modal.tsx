import { useQuery } from '@tanstack/react-query';
import type { UncoveredEnterprise } from '@yunju/contracts';
import { Flex, Form, Input, Modal, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../components/use-submit.ts';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { labelOf } from '../../i18n/labels.ts';
import { causeTaxonomyQuery, recordCause, type CoverageFlag } from './coverage-api.ts';
import './coverage.css';
import './locale.ts';

interface Props {
  enterprise: Pick<UncoveredEnterprise, 'enterpriseId' | 'name' | 'causes'>;
  flag: CoverageFlag;
  year: number;
  onClose: () => void;
}

/**
 * An officer records why an enterprise is not covered for a flag: one cause of the taxonomy (a
 * sub-cause, or the category when none fits) and a note. The latest record is the primary cause
 * the fishbone counts.
 */
export function CauseModal({ enterprise, flag, year, onClose }: Props) {
  const { t } = useTranslation();
  const taxonomy = useQuery(causeTaxonomyQuery);
  const [selected, setSelected] = useState<string | null>(() => enterprise.causes.at(-1)?.code ?? null);
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const [empty, setEmpty] = useState(false);

  const save = async () => {
    if (!selected) {
      setEmpty(true);
      return;
    }
    const trimmed = note.trim();
    await run(() => recordCause({ enterpriseId: enterprise.enterpriseId, flag, year, causeCode: selected, ...(trimmed ? { note: trimmed } : {}) }), t('coverage.causesSaved'), onClose);
  };

  return (
    <Modal
      open
      title={t('coverage.causeModalTitle', { name: enterprise.name })}
      okText={t('coverage.save')}
      cancelText={t('coverage.cancel')}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('coverage.causeModalHint', { flag: labelOf('coverage.flag', flag), year })}</Typography.Paragraph>
      {taxonomy.isPending ? <Skeleton active /> : null}
      {taxonomy.error ? <ProblemAlert error={taxonomy.error} title={t('error.loadFailed')} /> : null}
      {taxonomy.data ? (
        <Form layout="vertical" name="coverage-cause">
          <Form.Item label={t('coverage.cause')} required validateStatus={empty ? 'error' : undefined} help={empty ? t('coverage.causesRequired') : undefined}>
            <Radio.Group
              value={selected}
              onChange={(e) => {
                setSelected(e.target.value as string);
                setEmpty(false);
              }}
              style={{ width: '100%' }}
            >
              <Flex vertical gap={12} style={{ width: '100%' }}>
                {taxonomy.data.categories.map((category) => (
                  <fieldset key={category.code} className="cause-group">
                    <legend>{category.name}</legend>
                    <Flex wrap gap={8}>
                      {category.subCauses.length === 0 ? <Radio value={category.code}>{category.name}</Radio> : null}
                      {category.subCauses.map((cause) => (
                        <Radio key={cause.code} value={cause.code}>
                          {cause.name}
                        </Radio>
                      ))}
                    </Flex>
                  </fieldset>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item label={t('coverage.causeNote')} htmlFor="coverage-cause-note">
            <Input.TextArea id="coverage-cause-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Form>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
    </Modal>
  );
}
