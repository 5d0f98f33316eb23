import type { IndustryNode } from '@yunju/contracts';
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../../query-client.ts';
import { industriesQuery } from './enterprise-file-api.ts';
import { industryPath } from './enterprise-model.ts';
import './locale.ts';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (n: IndustryNode): Option => ({ value: n.code, label: `${n.code} ${n.name}`, isLeaf: n.level === 'class' });

async function childrenOf(parent?: string): Promise<Option[]> {
  const list = await queryClient.fetchQuery(industriesQuery(parent));
  return list.items.map(toOption);
}

/** Puts `children` under the option at `path` (immutably). */
function attach(options: Option[], path: string[], children: Option[]): Option[] {
  const [head, ...rest] = path;
  return options.map((o) => {
    if (o.value !== head) return o;
    if (rest.length === 0) return { ...o, children, isLeaf: children.length === 0 };
    return { ...o, children: attach(o.children ?? [], rest, children) };
  });
}

interface IndustryPickerProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The current code's name (for a file opened for editing before the tree has loaded). */
  initialName?: string | undefined;
}

/**
 * GB/T 4754-2017 industry picker: section → division → group → class, loaded level by level. Any
 * level below the section may be chosen (the class is often not known).
 */
export function IndustryPicker({ id, value, onChange, initialName }: IndustryPickerProps) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Option[]>([]);

  // The sections, then the branch of the current value so that it shows as a path.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let tree = await childrenOf();
      const path = industryPath(value ?? '');
      for (let i = 0; i < path.length - 1; i++) {
        const prefix = path.slice(0, i + 1);
        const children = await childrenOf(path[i]);
        tree = attach(tree, prefix, children);
      }
      if (!cancelled) setOptions(tree);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // Only on mount: later changes come from the cascader itself.
  }, []);

  const loadData = async (selected: Option[]) => {
    const path = selected.map((o) => o.value);
    const last = path.at(-1);
    if (!last) return;
    const children = await childrenOf(last);
    setOptions((current) => attach(current, path, children));
  };

  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={value ? industryPath(value) : undefined}
      loadData={(selected) => void loadData(selected)}
      changeOnSelect
      placeholder={t('enterprise.form.industryPlaceholder')}
      displayRender={(labels) => {
        const last = String(labels.at(-1) ?? '');
        // Not loaded yet, the cascader shows the bare code: add the name the file carries.
        return last && last !== value ? last : value ? `${value} ${initialName ?? ''}`.trim() : '';
      }}
      onChange={(path) => onChange?.(path ? String(path.at(-1) ?? '') || undefined : undefined)}
      style={{ width: '100%' }}
    />
  );
}
