import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { labelOf } from '../../i18n/labels.ts';
import { resourceListQuery } from './catalogue-api.ts';

interface ResourcePickerProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Labels of the resources already linked (from the item's detail). */
  known: readonly { id: string; name: string; kind: string }[];
  placeholder: string;
  id?: string;
}

/** A multi-select of innovation resources, searched on the server as the user types. */
export function ResourcePicker({ value, onChange, known, placeholder, id }: ResourcePickerProps) {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setKeyword(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useQuery({ ...resourceListQuery({ keyword: keyword || undefined, page: 1, pageSize: 20, status: 'all' }) });
  const [labels, setLabels] = useState(() => new Map<string, string>());

  useEffect(() => {
    setLabels((prev) => {
      const next = new Map(prev);
      for (const r of known) next.set(r.id, `${r.name} · ${labelOf('catalogue.kind', r.kind)}`);
      for (const r of found.data?.items ?? []) next.set(r.id, `${r.name} · ${labelOf('catalogue.kind', r.kind)}`);
      return next;
    });
  }, [known, found.data]);

  const options = useMemo(() => {
    const ids = new Set([...(value ?? []), ...(found.data?.items ?? []).map((r) => r.id)]);
    return [...ids].map((rid) => ({ value: rid, label: labels.get(rid) ?? rid }));
  }, [value, found.data, labels]);

  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      placeholder={placeholder}
      showSearch={{ onSearch: setTyped, filterOption: false }}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      options={options}
    />
  );
}
