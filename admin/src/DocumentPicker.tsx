import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import { api } from './api';

interface Found {
  id: string;
  title: string;
  docNo: string;
  indexNo: string | null;
}

const label = (d: Found) => (d.docNo ? `${d.title}（${d.docNo}）` : d.title);

/**
 * Picks a public document of the site by title, 文号 or 索引号 — across all departments, since an
 * interpretation is often written by another unit than the policy's publisher. An antd form control.
 */
export function DocumentPicker({
  siteId,
  value,
  onChange,
  id,
  placeholder,
}: {
  siteId: string;
  value?: string | null;
  /** The chosen document's id, and its title for callers that show or store it. */
  onChange?: (id: string | null, title?: string) => void;
  id?: string;
  placeholder?: string;
}) {
  const [options, setOptions] = useState<Found[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = (q: string, only?: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      const params = new URLSearchParams({ siteId, q, ...(only ? { id: only } : {}) });
      api<{ items: Found[] }>('GET', `/documents/lookup?${params}`)
        .then((r) => setOptions(r.items))
        .catch(() => setOptions([]))
        .finally(() => setLoading(false));
    }, 250);
  };

  // Show the title of a document already linked.
  useEffect(() => {
    if (value && !options.some((o) => o.id === value)) search('', value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (q) => search(q) }}
      allowClear
      loading={loading}
      placeholder={placeholder ?? '输入标题、文号或索引号查找'}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null, options.find((o) => o.id === v)?.title)}
      onFocus={() => options.length === 0 && search('')}
      options={options.map((d) => ({ value: d.id, label: label(d) }))}
      notFoundContent={loading ? '查找中…' : '没有找到已公开的信息'}
      style={{ width: '100%' }}
    />
  );
}
